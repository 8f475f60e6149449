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
 * @param flatLine true when the flat line describes the data at least as well as the sigmoid (F test) or the
 *     sigmoid barely changes over the doses: the result then reports the flat line's level, not the sigmoid's
 *     parameters (inactive, active at all doses, flat intermediate, bell-shaped data)
 */
record Verdict(
        CurveStatus status,
        Qualifier qualifier,
        double reportedLogIc50,
        boolean showInterval,
        List<String> flags,
        boolean flatLine) {

    Verdict {
        flags = List.copyOf(flags);
    }

    /** A verdict on a sigmoid (not the flat line). */
    Verdict(CurveStatus status, Qualifier qualifier, double reportedLogIc50, boolean showInterval, List<String> flags) {
        this(status, qualifier, reportedLogIc50, showInterval, flags, false);
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
