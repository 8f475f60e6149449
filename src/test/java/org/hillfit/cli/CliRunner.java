/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it prints. */
public final class CliRunner {
    private CliRunner() {}

    /**
     * One run's outcome.
     *
     * @param exitCode the exit code
     * @param out standard output
     * @param err standard error
     */
    public record Run(int exitCode, String out, String err) {}

    /** Runs {@code hillfit args…}. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = HillfitCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
