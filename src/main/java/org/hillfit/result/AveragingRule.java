/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.Locale;

/**
 * Which case of the bounded averaging rule of {@link CombinedPotency#combine} applied. Replicates measure one true
 * IC50; an exact value estimates it, a qualified value bounds it ({@code <b}: below b; {@code >b}: above b).
 */
public enum AveragingRule {
    /** Only exact values: their geometric mean (mean of log IC50). */
    ALL_EXACT,
    /** Exact values whose geometric mean respects every bound: the mean ({@code 20, 30, <100 → 24.5}). */
    WITHIN_BOUNDS,
    /** Only {@code <} bounds: the tightest, as every one holds ({@code <1, <10 → <1}). */
    ALL_BELOW,
    /** Only {@code >} bounds: the tightest ({@code >1000, >10000 → >10000}). */
    ALL_ABOVE,
    /**
     * The exact mean lies above a {@code <} bound: {@code <} the geometric mean of the exact values and the bounds it
     * breaks ({@code <2, 8 → <4}), a conservative upper estimate.
     */
    BELOW_BOUND_BROKEN,
    /** The exact mean lies below a {@code >} bound: {@code >} the geometric mean of the values and broken bounds. */
    ABOVE_BOUND_BROKEN,
    /** Only bounds, of both kinds: the truth lies between them; no single value is claimed. */
    BRACKETED,
    /** Bounds that contradict each other ({@code <1} and {@code >10}): no value is claimed. */
    CONFLICTING,
    /** Nothing to average. */
    NONE;

    /** "all_exact", "below_bound_broken", … */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
