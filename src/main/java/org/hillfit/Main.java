/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit;

import org.hillfit.cli.HillfitCli;
import org.hillfit.ui.WorkbenchLauncher;

/**
 * Entry point. With no arguments it opens the workbench; with arguments it is the command-line tool, which never
 * loads JavaFX (so it runs without a display). This class must not extend {@code javafx.application.Application}:
 * the JavaFX launcher would then insist on JavaFX modules at start-up.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            WorkbenchLauncher.launch(args);
            return;
        }
        // The CLI draws report pictures with AWT: headless, so it needs no display and shows no Dock icon on macOS.
        System.setProperty("java.awt.headless", "true");
        System.exit(HillfitCli.run(args));
    }
}
