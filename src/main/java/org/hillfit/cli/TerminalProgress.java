/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.PrintWriter;
import org.hillfit.job.ProgressSink;

/** A one-line progress bar on stderr, shown only on an interactive terminal (never when output is piped). */
final class TerminalProgress implements ProgressSink {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;

    private TerminalProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A bar when a console is attached, otherwise silence. */
    static TerminalProgress on(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null);
    }

    @Override
    public synchronized void report(String message, long done, long total) {
        if (!enabled || total <= 0) {
            return;
        }
        int filled = (int) (WIDTH * done / total);
        String text = message.length() > 40 ? message.substring(0, 39) + "…" : message;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                + String.format("%-40s", text));
        if (done >= total) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        }
        err.flush();
    }
}
