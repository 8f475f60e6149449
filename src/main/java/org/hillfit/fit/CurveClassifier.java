/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Optional;

/**
 * NCGC-style curve classes (Inglese et al. 2006, simplified), assigned to every curve by these exact rules:
 *
 * <ul>
 *   <li><b>4</b> — inactive, or no usable points; with too few points for the model, 4 when the responses vary
 *       less than the inactive span and 2.2 otherwise ({@link ResultAssembler}).
 *   <li><b>3</b> — activity only at the highest concentration: the mean response of the highest concentration
 *       differs from the fitted low-dose plateau by at least the activity threshold (the inactive span, 20 %) in
 *       the direction of the effect, and no other concentration does. Applies to inactive curves too.
 *   <li><b>1.1 / 1.2</b> — complete curve: an unqualified IC50 and both plateaus reached or anchored (no {@code
 *       partial_curve}), and a good fit (R² ≥ 0.9); efficacy &gt; 80 % → 1.1, otherwise 1.2.
 *   <li><b>2.1 / 2.2</b> — incomplete curve (one plateau, a qualified IC50, or activity at every dose) or a poor fit;
 *       2.1 when efficacy &gt; 80 % and R² ≥ 0.9, otherwise 2.2. Flat intermediate responses are 2.2.
 * </ul>
 *
 * Efficacy is the fitted span |Top − Bottom| for complete curves. For incomplete ones it is the largest effect the
 * fitted curve reaches within the tested doses, measured from the control level of no effect (the 0 % control for a
 * rising curve, the 100 % control for a falling one): a full inhibitor whose midpoint lies below the lowest dose
 * reaches the inhibitor control and is 2.1, a weak one that reaches 40 % at the top dose is 2.2. For activity at
 * every dose it is the mean response. Efficacy is a percentage of the control window (0–100 %); without a control
 * window it is taken as full (&gt; 80 %).
 */
final class CurveClassifier {
    static final double GOOD_R2 = 0.9;
    static final double FULL_EFFICACY = 80;

    private CurveClassifier() {}

    static String classify(FittedCurve fit, Verdict verdict) {
        if (activityOnlyAtTop(fit)) {
            return "3";
        }
        if (verdict.status() == CurveStatus.INACTIVE) {
            return "4";
        }
        Optional<ControlWindow> window = fit.options().controlWindow();
        if (verdict.has("flat_intermediate_response")) {
            return "2.2";
        }
        if (verdict.has("active_at_all_doses")) {
            double mean = 0;
            for (int i = 0; i < fit.points().n; i++) {
                mean += fit.points().y[i];
            }
            mean /= fit.points().n;
            return efficacyPercent(
                                    Math.abs(mean
                                            - window.map(ControlWindow::low).orElse(0.0)),
                                    window)
                            > FULL_EFFICACY
                    ? "2.1"
                    : "2.2";
        }
        boolean complete = verdict.qualifier() == Qualifier.EQUAL && !verdict.has("partial_curve");
        boolean good = fit.r2() >= GOOD_R2;
        double efficacy = complete ? Math.abs(fit.top() - fit.bottom()) : effectReached(fit, window);
        boolean full = efficacyPercent(efficacy, window) > FULL_EFFICACY;
        if (complete && good) {
            return full ? "1.1" : "1.2";
        }
        return full && good ? "2.1" : "2.2";
    }

    /**
     * The effect the fitted curve reaches at the highest tested dose (where a monotone sigmoid has its largest
     * effect), from the control level of no effect; without a window, the change over the tested doses.
     */
    private static double effectReached(FittedCurve fit, Optional<ControlWindow> window) {
        if (window.isEmpty()) {
            return fit.changeInRange();
        }
        int d = fit.effectDirection();
        double noEffect = d > 0 ? window.get().low() : window.get().high();
        return Math.max(0, d * (fit.valueAt(fit.points().maxX()) - noEffect));
    }

    private static double efficacyPercent(double efficacy, Optional<ControlWindow> window) {
        return window.map(w -> 100 * efficacy / w.width()).orElse(100.0);
    }

    /** Only the highest concentration departs from the low-dose plateau by the activity threshold. */
    static boolean activityOnlyAtTop(FittedCurve fit) {
        double[] means = fit.concentrationMeans();
        int g = means.length;
        if (g < 3) {
            return false;
        }
        double baseline = fit.lowDosePlateau();
        if (!Double.isFinite(baseline)) {
            return false;
        }
        double threshold = fit.activityThreshold();
        int d = fit.effectDirection();
        for (int i = 0; i < g - 1; i++) {
            if (d * (means[i] - baseline) >= threshold) {
                return false;
            }
        }
        return d * (means[g - 1] - baseline) >= threshold;
    }
}
