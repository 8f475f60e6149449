/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Locale;

/** How the Levenberg–Marquardt iteration ended. */
public enum Convergence {
    /** A convergence test was met (relative change of SS, step size or gradient). */
    CONVERGED,
    /** The curve passes exactly through every point (SS = 0). */
    EXACT_FIT,
    /** The iteration limit was reached before convergence. */
    MAX_ITERATIONS,
    /** The model could not be evaluated (non-finite values). */
    NON_FINITE,
    /** No fit was attempted (too few points). */
    NOT_FITTED;

    /** True for {@link #CONVERGED} and {@link #EXACT_FIT}. */
    public boolean isConverged() {
        return this == CONVERGED || this == EXACT_FIT;
    }

    /** Lower-case code, e.g. "max_iterations". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
