/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The start screen, shown until something is open: open exports, open a project, or try the bundled sample panel
 * in one click; the recent projects; an unsaved session to recover after a crash; and the hint that files and
 * folders can be dropped anywhere.
 */
final class StartView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm");

    /** What the start screen's buttons do. */
    record Actions(
            Runnable openExports,
            Runnable openProject,
            Runnable openSample,
            Consumer<Path> openRecent,
            Runnable recover) {}

    private final Actions actions;
    private final VBox recent = new VBox(2);
    private final VBox recovery = new VBox(4);
    private final StackPane root = new StackPane();

    StartView(Actions actions) {
        this.actions = actions;
        Label title = new Label("Hillfit");
        title.getStyleClass().add("start-title");
        Label subtitle = new Label("Dose-response curves and IC50 reports from plate-reader and flow exports");
        subtitle.getStyleClass().add("start-subtitle");
        Button exports = card(
                "Open exports…",
                "Plate-reader or flow files: the format is recognised for you",
                "Ctrl+O",
                actions.openExports());
        exports.setId("start-open-exports");
        Button project = card(
                "Open project…",
                "A saved .hillfit review with its masks and decisions",
                "Ctrl+Shift+O",
                actions.openProject());
        Button sample = card(
                "Try the sample panel",
                "TYK2, JAK1, JAK2 and JAK3: 64 curves to review",
                "one click",
                actions.openSample());
        sample.setId("start-open-sample");
        sample.getStyleClass().add("primary-card");
        HBox cards = new HBox(14, sample, exports, project);
        cards.setAlignment(Pos.CENTER);
        Label recentTitle = new Label("Recent projects");
        recentTitle.getStyleClass().add("section-title");
        VBox recentBox = new VBox(6, recentTitle, recent);
        Label drop = new Label("Drop export files, folders or a .hillfit project anywhere in this window.");
        drop.getStyleClass().add("drop-hint");
        VBox column = new VBox(18, title, subtitle, cards, recovery, recentBox, drop);
        column.setAlignment(Pos.TOP_CENTER);
        column.setMaxWidth(760);
        column.setPadding(new Insets(56, 24, 24, 24));
        recentBox.setMaxWidth(720);
        root.getChildren().add(column);
        StackPane.setAlignment(column, Pos.TOP_CENTER);
        root.getStyleClass().add("start-view");
        root.setId("start-view");
        showRecent(List.of());
        showRecovery(Optional.empty());
    }

    Node node() {
        return root;
    }

    /** Lists the recent projects (most recent first). */
    void showRecent(List<String> projects) {
        recent.getChildren().clear();
        if (projects.isEmpty()) {
            Label none = new Label("Projects you save appear here.");
            none.getStyleClass().add("muted");
            recent.getChildren().add(none);
        }
        for (String project : projects) {
            Path path = Path.of(project);
            Hyperlink link = new Hyperlink(String.valueOf(path.getFileName()));
            link.setOnAction(e -> actions.openRecent().accept(path));
            Label where =
                    new Label(path.getParent() == null ? "" : path.getParent().toString());
            where.getStyleClass().add("muted");
            HBox line = new HBox(8, link, where);
            line.setAlignment(Pos.BASELINE_LEFT);
            recent.getChildren().add(line);
        }
    }

    /** Offers the autosave of a session that was never saved, when there is one. */
    void showRecovery(Optional<Instant> autosavedAt) {
        recovery.getChildren().clear();
        autosavedAt.ifPresent(time -> {
            Label text = new Label("Hillfit closed with unsaved work (autosaved "
                    + TIME.format(time.atZone(ZoneId.systemDefault())) + ").");
            Hyperlink recover = new Hyperlink("Recover it");
            recover.setOnAction(e -> actions.recover().run());
            HBox line = new HBox(6, text, recover);
            line.setAlignment(Pos.CENTER);
            line.getStyleClass().add("recovery-banner");
            recovery.getChildren().add(line);
        });
    }

    private static Button card(String title, String text, String key, Runnable action) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("card-text");
        Label shortcut = new Label(key);
        shortcut.getStyleClass().add("card-key");
        VBox content = new VBox(6, heading, body, shortcut);
        Button button = new Button(null, content);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().add("start-card");
        button.setPrefSize(228, 120);
        button.setTooltip(new Tooltip(title));
        button.setOnAction(e -> action.run());
        return button;
    }
}
