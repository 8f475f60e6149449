/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui;

import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the JavaFX workbench; called by {@code org.hillfit.Main} with no arguments, or with {@code open FILE…}.
 */
public final class WorkbenchLauncher {
    /**
     * JavaFX warns "Unsupported JavaFX configuration" when it is loaded from the class path, as Hillfit's jar and
     * installers do on purpose (one launcher class for CLI and workbench); the warning tells users nothing. Held in a
     * field so the logger, and its level, is not garbage-collected.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private WorkbenchLauncher() {}

    /**
     * Launches the application and returns when its last window closes.
     *
     * @param args files, folders or a project to open
     * @param err where to say that there is no display to open the workbench on
     * @return 0 after the workbench closed, 1 when it could not open a window (no display, no GTK)
     */
    public static int launch(String[] args, PrintStream err) {
        // Charts are drawn by JFreeChart into images and FX canvases: AWT is only used off screen.
        System.setProperty("java.awt.headless", "true");
        JAVAFX_LOG.setLevel(Level.SEVERE);
        try {
            Application.launch(HillfitApplication.class, args);
            return 0;
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            // JavaFX's "Unable to open DISPLAY", or a machine without the GTK libraries the window needs
            err.println("hillfit: the workbench could not open a window (" + e.getMessage()
                    + "); it needs a display. On a server, use the command line: hillfit --help");
            return 1;
        }
    }
}
