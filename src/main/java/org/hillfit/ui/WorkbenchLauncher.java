/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui;

import javafx.application.Application;

/** Starts the JavaFX workbench; called by {@code org.hillfit.Main} when there are no arguments. */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {}

    /** Launches the application and returns when its last window closes. */
    public static void launch(String[] args) {
        Application.launch(HillfitApplication.class, args);
    }
}
