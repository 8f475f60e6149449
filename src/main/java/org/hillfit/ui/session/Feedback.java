/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

/** How views and commands tell the user what happened: a line in the status bar, or a problem that needs reading. */
public interface Feedback {
    /** A short message for the status bar ("Masked C05: IC50 1.95 → 2.38 nM"). */
    void status(String message);

    /**
     * A problem the user must read (a dialog), e.g. an export that could not be written.
     *
     * @param title what failed ("Export failed")
     * @param message one or more plain sentences naming the file, line or well
     */
    void problem(String title, String message);
}
