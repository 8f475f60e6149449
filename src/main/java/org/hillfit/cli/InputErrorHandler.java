/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.hillfit.io.ImportException;
import org.hillfit.project.AnalysisException;
import org.hillfit.project.ProjectException;
import picocli.CommandLine;

/**
 * Turns exceptions from commands into one line on stderr and exit code 1. With {@code --debug} the stack trace
 * follows. Anything unexpected is still one line, plus a hint to rerun with {@code --debug}.
 */
final class InputErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug =
                Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--debug");
        if (e instanceof CancellationException) {
            err.println("hillfit: cancelled");
        } else if (e instanceof InputErrorException
                || e instanceof ImportException
                || e instanceof AnalysisException
                || e instanceof ProjectException) {
            err.println("hillfit: error: " + e.getMessage());
        } else {
            err.println("hillfit: error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (debug ? "" : " (rerun with --debug for details)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return BAD_INPUT;
    }
}
