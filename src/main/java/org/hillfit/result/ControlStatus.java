/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.Locale;

/** Where one run of a reference compound lies against the assay's control limits. */
public enum ControlStatus {
    /** Within mean ± 2 SD of the earlier runs. */
    IN_LIMITS,
    /** Outside mean ± 2 SD of the earlier runs (for a qualified value: its bound already lies beyond a limit). */
    OUTSIDE_LIMITS,
    /** Cannot be judged: a qualified value whose bound lies inside the limits, or fewer than 3 earlier exact runs. */
    UNDETERMINED,
    /** The curve does not count (rejected, failed plate, bad fit, no IC50). */
    EXCLUDED;

    /** "in_limits", "outside_limits", … */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
