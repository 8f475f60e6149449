/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * File ▸ Open recent: the projects saved or opened last, most recent first, refreshed each time the File menu opens
 * (Ctrl+1 … are the pages, so the entries are numbered for the mouse and the mnemonic only).
 */
final class RecentProjectsMenu {

    /**
     * One entry.
     *
     * @param label "1  review.hillfit — /data/screens"
     * @param path the project
     */
    record Entry(String label, Path path) {}

    private final Menu menu = new Menu("Open recent");
    private final Supplier<List<String>> recent;
    private final Consumer<Path> open;
    private final Runnable clear;

    RecentProjectsMenu(Supplier<List<String>> recent, Consumer<Path> open, Runnable clear) {
        this.recent = recent;
        this.open = open;
        this.clear = clear;
        menu.setId("menu-open-recent");
        refresh();
    }

    /** The submenu. */
    Menu menu() {
        return menu;
    }

    /** Lists the recent projects again (call when the File menu is about to show). */
    void refresh() {
        List<Entry> entries = entries(recent.get());
        List<MenuItem> items = new ArrayList<>();
        for (Entry entry : entries) {
            MenuItem item = new MenuItem(entry.label());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(entry.path()));
            items.add(item);
        }
        if (entries.isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem forget = new MenuItem("Clear the list");
            forget.setOnAction(e -> clear.run());
            items.add(new SeparatorMenuItem());
            items.add(forget);
        }
        menu.getItems().setAll(items);
    }

    /** Numbered entries with the file name first and its folder after. */
    static List<Entry> entries(List<String> projects) {
        List<Entry> entries = new ArrayList<>();
        for (String project : projects) {
            Path path = Path.of(project);
            Path folder = path.getParent();
            String label = (entries.size() + 1) + "  " + path.getFileName() + (folder == null ? "" : " — " + folder);
            entries.add(new Entry(label, path));
        }
        return entries;
    }
}
