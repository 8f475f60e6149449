/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.List;

/**
 * The judge's decision on one curve.
 *
 * @param status the verdict
 * @param qualifier =, &lt; or &gt;
 * @param reportedLogIc50 the value to report (the fit, or the tested bound); NaN when nothing can be reported
 * @param showInterval true when the confidence interval may be reported (an unqualified, unambiguous IC50)
 * @param flags machine-readable reasons, in a fixed order
 */
record Verdict(
        CurveStatus status, Qualifier qualifier, double reportedLogIc50, boolean showInterval, List<String> flags) {

    Verdict {
        flags = List.copyOf(flags);
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
