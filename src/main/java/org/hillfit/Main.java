/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit;

import org.hillfit.cli.HillfitCli;
import org.hillfit.ui.WorkbenchLauncher;

/**
 * Entry point. With no arguments it opens the workbench ({@code hillfit open FILE…} opens it with files, folders or a
 * project); with other arguments it is the command-line tool, which never
 * loads JavaFX (so it runs without a display). This class must not extend {@code javafx.application.Application}:
 * the JavaFX launcher would then insist on JavaFX modules at start-up.
 */
public final class Main {
    /** {@code hillfit open FILE…}: the workbench with files, folders or a project opened. */
    static final String OPEN = "open";

    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            WorkbenchLauncher.launch(args);
            return;
        }
        if (OPEN.equals(args[0])) {
            WorkbenchLauncher.launch(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        // The CLI draws report pictures with AWT: headless, so it needs no display and shows no Dock icon on macOS.
        System.setProperty("java.awt.headless", "true");
        System.exit(HillfitCli.run(args));
    }
}
