/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui;

import javafx.application.Application;

/**
 * Starts the JavaFX workbench; called by {@code org.hillfit.Main} with no arguments, or with {@code open FILE…}.
 */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {}

    /**
     * Launches the application and returns when its last window closes.
     *
     * @param args files, folders or a project to open
     */
    public static void launch(String[] args) {
        // Charts are drawn by JFreeChart into images and FX canvases: AWT is only used off screen.
        System.setProperty("java.awt.headless", "true");
        Application.launch(HillfitApplication.class, args);
    }
}
