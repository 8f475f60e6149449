/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Locale;

/** The verdict on a curve, as written in the results' {@code status} column. */
public enum CurveStatus {
    /** A well-defined curve and IC50. */
    OK,
    /** No dose-response: the flat line explains the data as well; IC50 reported as {@code >} the top dose. */
    INACTIVE,
    /** Only part of the curve is covered by the doses. */
    PARTIAL,
    /** The parameters are not determined by the data (strongly correlated or ill-conditioned). */
    AMBIGUOUS,
    /** Fitted, or not fittable, with reasons that need a look (see the flags). */
    FLAGGED;

    /** Lower-case word: "ok", "inactive", … */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
