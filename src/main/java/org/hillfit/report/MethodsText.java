/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hillfit.analysis.ControlStatistic;
import org.hillfit.analysis.QcThresholds;
import org.hillfit.fit.FitOptions;
import org.hillfit.result.AnalysisSettings;

/** The settings and rules of an analysis in words, for the Methods sheet. */
final class MethodsText {
    private MethodsText() {}

    /** Label → text, in reading order. */
    static Map<String, String> settings(AnalysisSettings settings, ExcelReportOptions options) {
        Map<String, String> text = new LinkedHashMap<>();
        QcThresholds qc = settings.normalization().qcThresholds();
        FitOptions fit = settings.fit();
        text.put("Readout requested", settings.readout().toString() + " (what each plate used: Plates below)");
        text.put(
                "Normalisation",
                "% inhibition = 100 \u00d7 (neutral \u2212 x) / (neutral \u2212 inhibitor), against each plate's own"
                        + " controls, centred by the "
                        + (settings.normalization().controlStatistic() == ControlStatistic.MEDIAN
                                ? "median (resists one bad control well)"
                                : "mean")
                        + " of the control wells; masked and flagged control wells are left out.");
        text.put(
                "Plate QC",
                "Z\u2032 = 1 \u2212 3(\u03c3n + \u03c3i) / |\u03bcn \u2212 \u03bci|; robust Z\u2032 with medians and"
                        + " 1.4826 \u00d7 MAD. Pass at Z\u2032 \u2265 " + qc.pass() + ", warn at \u2265 " + qc.warn()
                        + ", fail below. Curves on a failed plate are flagged.");
        fitting(text, fit);
        numbers(text, options);
        return text;
    }

    private static void fitting(Map<String, String> text, FitOptions fit) {
        text.put(
                "Model",
                "Four-parameter logistic (Prism form): Y = Bottom + (Top \u2212 Bottom) / (1 + 10^((LogIC50 \u2212 X)"
                        + " \u00b7 Hill)), X = log10(concentration), Y = % inhibition; least squares by"
                        + " Levenberg\u2013Marquardt, unweighted, all four parameters free.");
        text.put(
                "IC50",
                "Relative IC50 (the midpoint of the fitted curve). An IC50 beyond the tested range is reported as"
                        + " > the highest or < the lowest tested concentration, never extrapolated.");
        text.put(
                "95% confidence interval",
                "LogIC50 \u00b1 t(0.975, n \u2212 4) \u00d7 SE, SE from the covariance s\u00b2(J\u1d40J)\u207b\u00b9;"
                        + " the IC50 limits are 10^ of these, so they are asymmetric.");
        text.put(
                "Inactive",
                "A fitted span under " + ResultFormat.significant(fit.inactiveSpanPercent(), 3)
                        + " % or no better fit than a flat line (extra-sum-of-squares F test, p > "
                        + fit.inactiveAlpha() + ") is inactive: IC50 > the highest tested concentration, class 4. As in"
                        + " Prism when the simpler model wins, the flat line is reported: Top = Bottom = its level, no"
                        + " Hill slope.");
        text.put("Flags", "A Hill slope outside 0.3\u20135 is flagged; flags are listed in words on the Summary.");
        text.put(
                "Curve classes",
                "1.1 complete curve, efficacy > 80 %; 1.2 complete, efficacy \u2264 80 %; 2.1 / 2.2 incomplete (one"
                        + " plateau not reached, a plateau fixed at its control, or the IC50 beyond the tested range)"
                        + " with efficacy > / \u2264 80 % (the effect reached at the highest dose); 3 activity only at"
                        + " the highest dose; 4 inactive.");
    }

    private static void numbers(Map<String, String> text, ExcelReportOptions options) {
        String unit = options.unit().symbol();
        text.put(
                "Numbers",
                "Concentrations in " + unit + ". Cells hold the values of the results CSV: IC50, CI limits, Hill,"
                        + " top, bottom and folds to 4 significant digits, pIC50 to 3 decimals, R\u00b2 to 4; they"
                        + " display about 3 significant digits. The Qualifier column belongs to the IC50 (a pIC50"
                        + " bound points the other way); a qualified IC50 or fold also shows its qualifier in the"
                        + " cell's format (>10000) while staying a number.");
        text.put(
                "Selectivity",
                "Fold = IC50(off-target) / IC50(" + options.primaryAssay().orElse("first assay") + "). A bound on"
                        + " either side makes the fold a bound (> over =, = over <, > over <: >; the mirror cases:"
                        + " <); bounds in the same direction on both sides leave it undetermined. 95% CI of the"
                        + " fold from the two log-IC50 intervals, independent, combined in quadrature. Several"
                        + " curves of one compound in one assay are combined by their geometric mean; bounds count"
                        + " at their bound and make the mean a bound, unless the exact values already satisfy them;"
                        + " a combined value has no CI.");
    }
}
