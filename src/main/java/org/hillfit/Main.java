/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit;

import java.util.Arrays;
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
            exitOnFailure(WorkbenchLauncher.launch(args, System.err));
            return;
        }
        if (OPEN.equals(args[0])) {
            String[] files = Arrays.copyOfRange(args, 1, args.length);
            if (asksForHelp(files)) {
                System.out.print(OPEN_HELP);
                return;
            }
            exitOnFailure(WorkbenchLauncher.launch(files, System.err));
            return;
        }
        // The CLI draws report pictures with AWT: headless, so it needs no display and shows no Dock icon on macOS.
        System.setProperty("java.awt.headless", "true");
        System.exit(HillfitCli.run(args));
    }

    static final String OPEN_HELP =
            """
            Usage: hillfit open [FILE|FOLDER|PROJECT.hillfit]...
            Opens the workbench with plate-reader or flow exports (shown in the import
            dialog, their formats recognised) or a saved .hillfit project. Without
            arguments, 'hillfit' opens the workbench on its start screen. The workbench
            needs a display; the command line does not (hillfit --help).

            Examples:
              hillfit open sample-plates/
              hillfit open TYK2.envision.csv JAK1.mars.csv layout.csv
              hillfit open screen.hillfit
            """;

    /** True for {@code open -h} or {@code open --help}: print the usage instead of opening a window. */
    static boolean asksForHelp(String[] files) {
        return Arrays.stream(files).anyMatch(a -> a.equals("-h") || a.equals("--help"));
    }

    private static void exitOnFailure(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }
}
