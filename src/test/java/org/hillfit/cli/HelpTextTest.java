/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help texts users copy examples from. */
class HelpTextTest {

    @Test
    void noFooterLineIsWrappedByTheHelpWidth() {
        List<String> tooLong = new ArrayList<>();
        for (CommandLine command : allCommands(HillfitCli.commandLine())) {
            int width = command.getCommandSpec().usageMessage().width();
            for (String line : command.getCommandSpec().usageMessage().footer()) {
                if (line.length() > width) {
                    tooLong.add(command.getCommandSpec().qualifiedName() + ": " + line);
                }
            }
        }
        // A wrapped example breaks mid-word ("results.\ncsv") and cannot be pasted into a shell.
        assertEquals(List.of(), tooLong);
    }

    @Test
    void theTopLevelHelpNamesTheOpenCommand() {
        CliRunner.Run help = CliRunner.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("hillfit open FILE|FOLDER"), help.out());
    }

    private static List<CommandLine> allCommands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(allCommands(sub));
        }
        return all;
    }
}
