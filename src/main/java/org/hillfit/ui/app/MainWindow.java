/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hillfit.ui.session.Page;
import org.hillfit.ui.session.SessionModel;

/**
 * The window's layout: menu bar and toolbar on top, the start screen or the pages (Plates, Curves, Results,
 * Selectivity, Replicates, Reference, Audit trail) as tabs in the middle, the status bar at the bottom. The title names the session and
 * marks unsaved changes.
 */
final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<Page, Tab> pages = new EnumMap<>(Page.class);
    private final StackPane centre = new StackPane();
    private final Node start;

    MainWindow(MenuBar menuBar, ToolBar toolBar, Node start, Node statusBar) {
        this.start = start;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("pages");
        tabs.getStyleClass().add("pages");
        centre.getChildren().addAll(tabs, start);
        root.setTop(new VBox(menuBar, toolBar));
        root.setCenter(centre);
        root.setBottom(statusBar);
        root.getStyleClass().add("workbench");
    }

    /** Adds a page as a tab. */
    void addPage(Page page, Node content) {
        Tab tab = new Tab(page.title(), content);
        tab.setId("tab-" + page.name().toLowerCase(java.util.Locale.ROOT));
        pages.put(page, tab);
        tabs.getTabs().add(tab);
    }

    /** Shows the start screen while no session is open, the pages otherwise. */
    void follow(SessionModel model) {
        start.visibleProperty().bind(model.emptyProperty());
        tabs.visibleProperty().bind(model.emptyProperty().not());
    }

    /** Names the session in the title bar, with a dot while it has unsaved changes. */
    void title(Stage stage, SessionModel model) {
        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.nameProperty().get().isEmpty()
                                ? "Hillfit"
                                : "Hillfit — " + model.nameProperty().get()
                                        + (model.dirtyProperty().get() ? " •" : ""),
                        model.nameProperty(),
                        model.dirtyProperty()));
    }

    /** Selects a page. */
    void show(Page page) {
        tabs.getSelectionModel().select(pages.get(page));
    }

    /** The page selected. */
    Page selected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return pages.entrySet().stream()
                .filter(e -> e.getValue() == tab)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Page.CURVES);
    }

    /** The tabs (to react to page changes). */
    TabPane tabs() {
        return tabs;
    }

    Parent root() {
        return root;
    }
}
