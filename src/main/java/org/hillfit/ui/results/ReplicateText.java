/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.Optional;
import org.hillfit.fit.Qualifier;
import org.hillfit.report.ResultFormat;
import org.hillfit.result.AveragingRule;
import org.hillfit.result.Potency;

/**
 * Replicate and reference-run values in words and cells, shared by the Replicates and Reference pages: IC50s with
 * their qualifier and 3 significant digits in nM (as everywhere else), pIC50s with 2 decimals, why a curve does not
 * count and which case of the averaging rule applied.
 */
public final class ReplicateText {
    private ReplicateText() {}

    /** "41.5", "&lt;0.508"; an empty cell without a potency. Sorts by nM. */
    public static PivotCell ic50(Optional<Potency> potency) {
        return potency.map(p -> PivotCell.number(
                        (p.qualifier() == Qualifier.EQUAL ? "" : p.qualifier().symbol())
                                + ResultFormat.significant(p.nanomolar(), ResultFormat.SIGNIFICANT_DIGITS),
                        p.nanomolar(),
                        ""))
                .orElse(PivotCell.EMPTY);
    }

    /** "7.38" (2 decimals); an empty cell for NaN. */
    public static PivotCell pIc50(double pic50) {
        return Double.isFinite(pic50) ? PivotCell.number(ResultFormat.decimals(pic50, 2), pic50, "") : PivotCell.EMPTY;
    }

    /** Why a curve does not count ("rejected_by_user" → "rejected in review"); unknown reasons with spaces. */
    public static String exclusion(String reason) {
        return switch (reason) {
            case "rejected_by_user" -> "rejected in review";
            case "plate_qc_failed" -> "plate failed QC";
            case "fit_ambiguous" -> "ambiguous fit";
            case "fit_flagged" -> "flagged fit";
            case "no_ic50" -> "no IC50";
            default -> reason.replace('_', ' ');
        };
    }

    /** Which case of the bounded averaging rule applied, in words. */
    public static String rule(AveragingRule rule) {
        return switch (rule) {
            case ALL_EXACT -> "geometric mean";
            case WITHIN_BOUNDS -> "geometric mean, within the bounds";
            case ALL_BELOW -> "only < values: the tightest";
            case ALL_ABOVE -> "only > values: the tightest";
            case BELOW_BOUND_BROKEN -> "< mean of exact values and broken bounds";
            case ABOVE_BOUND_BROKEN -> "> mean of exact values and broken bounds";
            case BRACKETED -> "between < and > bounds: no value";
            case CONFLICTING -> "bounds contradict: no value";
            case NONE -> "nothing counts";
        };
    }
}
