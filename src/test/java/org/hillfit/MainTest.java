/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The launcher: {@code hillfit open --help} prints its usage, and no display is one clear line, not a trace. */
class MainTest {

    @Test
    void openHelpPrintsTheUsageWithoutOpeningAWindow() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Main.main(new String[] {"open", "--help"});
        } finally {
            System.setOut(saved);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Usage: hillfit open [FILE|FOLDER|PROJECT.hillfit]..."), text);
        assertTrue(text.contains("hillfit open sample-plates/"), text);
    }

    @Test
    void helpIsAskedWithEitherFlagAnywhere() {
        assertTrue(Main.asksForHelp(new String[] {"a.csv", "-h"}));
        assertTrue(Main.asksForHelp(new String[] {"--help"}));
        assertFalse(Main.asksForHelp(new String[] {"a.csv", "help.csv"}));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutADisplayTheWorkbenchSaysSoInOneLine() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "open",
                "nothing.csv"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("hillfit: the workbench could not open a window ("), output);
        assertTrue(output.contains("On a server, use the command line: hillfit --help"), output);
        assertFalse(output.contains("\tat "), output);
    }
}
