/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

/**
 * Protects unsaved changes before the session is replaced or the window closes: runs the action at once when
 * nothing changed, otherwise asks to save (then runs it after a successful save), to discard, or to cancel.
 */
@FunctionalInterface
public interface ChangeGuard {
    /** Runs {@code action} once the user's unsaved changes are saved or knowingly discarded. */
    void thenRun(Runnable action);
}
