/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import org.hillfit.ui.session.SessionModel;
import org.hillfit.ui.settings.SettingsStore;

/** The folder exports start in (the last one used) and the file names they suggest (after the project). */
final class ExportTarget {
    private final SessionModel model;
    private final SettingsStore settings;

    ExportTarget(SessionModel model, SettingsStore settings) {
        this.model = model;
        this.settings = settings;
    }

    /** The last export folder, else the project's folder, else the home folder. */
    Path folder() {
        String remembered = settings.current().exportFolder();
        if (!remembered.isEmpty()) {
            return Path.of(remembered);
        }
        Path project = model.projectFileProperty().get();
        if (project != null && project.toAbsolutePath().getParent() != null) {
            return project.toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** Remembers the folder of a file or folder written. */
    void remember(Path written, boolean isFolder) {
        Path folder =
                isFolder ? written.toAbsolutePath() : written.toAbsolutePath().getParent();
        if (folder != null) {
            settings.update(s -> s.withExportFolder(folder.toString()));
        }
    }

    /** "screen-report.xlsx" for project "screen.hillfit"; "hillfit-report.xlsx" without a project. */
    String name(String suffix) {
        return stem() + suffix;
    }

    private String stem() {
        Path project = model.projectFileProperty().get();
        if (project == null) {
            return "hillfit";
        }
        String name = String.valueOf(project.getFileName());
        int dot = name.toLowerCase(Locale.ROOT).lastIndexOf(".hillfit");
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
