/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.hillfit.ui.session.Page;
import org.hillfit.ui.session.SessionModel;

/** The menu bar and the toolbar: every command once, with its accelerator and tooltip. */
final class MainMenu {

    /** What the menus do. */
    record Commands(
            Runnable openExports,
            Runnable openProject,
            Runnable openSample,
            Runnable save,
            Runnable saveAs,
            Runnable closeSession,
            Runnable quit,
            Runnable undo,
            Runnable redo,
            Runnable exportExcel,
            Runnable exportResults,
            Runnable exportQc,
            Runnable exportPng,
            Runnable exportSvg,
            Consumer<Page> show,
            Runnable shortcuts) {}

    private final Commands commands;
    private final SessionModel model;
    private final ObservableBooleanValue none;

    MainMenu(Commands commands, SessionModel model) {
        this.commands = commands;
        this.model = model;
        this.none = model.emptyProperty();
    }

    MenuBar menuBar(Menu analysis, RecentProjectsMenu recent) {
        Menu file = new Menu("_File");
        file.setOnShowing(e -> recent.refresh());
        file.getItems()
                .addAll(
                        item("Open exports…", "Shortcut+O", commands.openExports(), false),
                        item("Open project…", "Shortcut+Shift+O", commands.openProject(), false),
                        recent.menu(),
                        item("Open the sample panel", null, commands.openSample(), false),
                        new SeparatorMenuItem(),
                        item("Save project", "Shortcut+S", commands.save(), true),
                        item("Save project as…", "Shortcut+Shift+S", commands.saveAs(), true),
                        item("Close", "Shortcut+W", commands.closeSession(), true),
                        new SeparatorMenuItem(),
                        item("Quit", "Shortcut+Q", commands.quit(), false));
        Menu edit = new Menu("_Edit");
        MenuItem undo = item("Undo", "Shortcut+Z", commands.undo(), true);
        undo.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.undoTextProperty().get().isEmpty()
                                ? "Undo"
                                : "Undo " + model.undoTextProperty().get(),
                        model.undoTextProperty()));
        undo.disableProperty().bind(model.undoTextProperty().isEmpty());
        MenuItem redo = item("Redo", "Shortcut+Y", commands.redo(), true);
        redo.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.redoTextProperty().get().isEmpty()
                                ? "Redo"
                                : "Redo " + model.redoTextProperty().get(),
                        model.redoTextProperty()));
        redo.disableProperty().bind(model.redoTextProperty().isEmpty());
        edit.getItems().addAll(undo, redo);
        Menu view = new Menu("_View");
        for (Page page : Page.values()) {
            view.getItems()
                    .add(item(
                            page.title(),
                            "Shortcut+" + (page.ordinal() + 1),
                            () -> commands.show().accept(page),
                            true));
        }
        Menu export = new Menu("E_xport");
        export.getItems()
                .addAll(
                        item("Excel report…", "Shortcut+E", commands.exportExcel(), true),
                        item("Results table (CSV)…", null, commands.exportResults(), true),
                        item("Plate QC table (CSV)…", null, commands.exportQc(), true),
                        new SeparatorMenuItem(),
                        item("Curve pictures (PNG, 300 dpi)…", null, commands.exportPng(), true),
                        item("Curve pictures (SVG)…", null, commands.exportSvg(), true));
        Menu help = new Menu("_Help");
        help.getItems().add(item("Keyboard shortcuts", "F1", commands.shortcuts(), false));
        return new MenuBar(file, edit, view, analysis, export, help);
    }

    ToolBar toolBar() {
        Button open =
                button("Open exports…", "Import plate-reader or flow exports (Ctrl+O)", commands.openExports(), false);
        open.setId("tool-open-exports");
        Button project =
                button("Open project…", "Open a saved .hillfit project (Ctrl+Shift+O)", commands.openProject(), false);
        Button save = button(
                "Save", "Save the project with its masks, decisions and audit trail (Ctrl+S)", commands.save(), true);
        Button undo = button("Undo", "Undo the last change (Ctrl+Z)", commands.undo(), true);
        undo.disableProperty().bind(model.undoTextProperty().isEmpty());
        undo.setTooltip(tooltipOf(model, true));
        Button redo = button("Redo", "Redo (Ctrl+Y)", commands.redo(), true);
        redo.disableProperty().bind(model.redoTextProperty().isEmpty());
        Button excel = button("Export Excel report…", "Write the Excel report (Ctrl+E)", commands.exportExcel(), true);
        excel.setId("tool-export-excel");
        excel.getStyleClass().add("accent-button");
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(open, project, save, new Separator(), undo, redo, spring, excel);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Tooltip tooltipOf(SessionModel model, boolean undo) {
        Tooltip tip = new Tooltip();
        tip.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> (undo ? "Undo " + model.undoTextProperty().get() : "") + " (Ctrl+Z)",
                        model.undoTextProperty()));
        return tip;
    }

    private MenuItem item(String text, String accelerator, Runnable action, boolean needsSession) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        if (needsSession) {
            item.disableProperty().bind(Bindings.createBooleanBinding(none::get, none));
        }
        return item;
    }

    private Button button(String text, String tip, Runnable action, boolean needsSession) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        if (needsSession) {
            button.disableProperty().bind(Bindings.createBooleanBinding(none::get, none));
        }
        return button;
    }
}
