/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hillfit.io.layout.LayoutTemplate;

/**
 * The import dialog's layout section: a layout file (found among the dropped files or chosen), a saved template, or
 * a dilution rule made in the editor, which can be saved as a template for the next run.
 */
final class LayoutChooser {
    private final ImportFilesCommand command;
    private final ImportViewModel viewModel;
    private final Consumer<String> report;
    private final VBox root;

    /** @param report shows a message in the dialog */
    LayoutChooser(ImportFilesCommand command, ImportViewModel viewModel, Consumer<String> report) {
        this.command = command;
        this.viewModel = viewModel;
        this.report = report;
        this.root = build();
        loadTemplates();
    }

    Node node() {
        return root;
    }

    private VBox build() {
        Label title = new Label("Layout: which well holds what");
        title.getStyleClass().add("section-title");
        ToggleGroup group = new ToggleGroup();
        RadioButton fromFile = radio("Layout file", group, ImportViewModel.LayoutMode.FILE);
        RadioButton fromTemplate = radio("Saved template", group, ImportViewModel.LayoutMode.TEMPLATE);
        RadioButton fromRule = radio("Dilution rule", group, ImportViewModel.LayoutMode.RULE);
        Label file = new Label();
        file.setId("layout-file");
        file.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.layoutFileProperty().get() == null
                                ? "none chosen"
                                : viewModel.layoutFileProperty().get().toString(),
                        viewModel.layoutFileProperty()));
        file.getStyleClass().add("path-label");
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseLayout());
        ComboBox<String> template = new ComboBox<>(viewModel.templates());
        template.valueProperty().bindBidirectional(viewModel.templateProperty());
        template.setPromptText("no templates saved yet");
        template.setPrefWidth(380);
        DilutionRuleEditor editor = new DilutionRuleEditor(viewModel.rule());
        editor.node().visibleProperty().bind(fromRule.selectedProperty());
        editor.node().managedProperty().bind(fromRule.selectedProperty());
        Button save = new Button("Save rule as template");
        save.setOnAction(e -> saveTemplate());
        save.disableProperty().bind(viewModel.rule().summaryProperty().isEmpty());
        save.visibleProperty().bind(fromRule.selectedProperty());
        HBox fileRow = new HBox(8, fromFile, file, choose);
        HBox templateRow = new HBox(8, fromTemplate, template);
        HBox ruleRow = new HBox(8, fromRule, save);
        for (HBox row : List.of(fileRow, templateRow, ruleRow)) {
            row.setAlignment(Pos.CENTER_LEFT);
        }
        fromFile.setMinWidth(120);
        fromTemplate.setMinWidth(120);
        fromRule.setMinWidth(120);
        VBox box = new VBox(6, title, fileRow, templateRow, ruleRow, editor.node());
        box.setPadding(new Insets(4, 16, 8, 16));
        box.getStyleClass().add("layout-section");
        return box;
    }

    private RadioButton radio(String text, ToggleGroup group, ImportViewModel.LayoutMode mode) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setSelected(viewModel.layoutModeProperty().get() == mode);
        button.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                viewModel.layoutModeProperty().set(mode);
            }
        });
        viewModel.layoutModeProperty().addListener((o, a, chosen) -> button.setSelected(chosen == mode));
        return button;
    }

    private void chooseLayout() {
        command.dialogs()
                .openFile(
                        "Choose the plate layout",
                        command.importFolder(),
                        List.of(
                                "Layouts (CSV, TSV, XLSX, template)",
                                "*.csv",
                                "*.tsv",
                                "*.txt",
                                "*.xlsx",
                                "*.hillfit-template"))
                .ifPresent(file -> {
                    viewModel.layoutFileProperty().set(file);
                    viewModel.layoutModeProperty().set(ImportViewModel.LayoutMode.FILE);
                });
    }

    private void loadTemplates() {
        command.jobs()
                .submit(
                        "Reading layout templates",
                        (sink, token) -> command.templates().list().stream()
                                .map(LayoutTemplate::name)
                                .toList(),
                        names -> viewModel.templates().setAll(names),
                        message -> report.accept("Templates could not be read: " + message));
    }

    private void saveTemplate() {
        viewModel.rule().validRule().ifPresent(rule -> command.jobs()
                .submit(
                        "Saving the layout template",
                        (sink, token) -> command.templates().save(LayoutTemplate.of(rule)),
                        file -> {
                            report.accept("Template saved: " + file.getFileName());
                            loadTemplates();
                        },
                        message -> report.accept("The template could not be saved: " + message)));
    }
}
