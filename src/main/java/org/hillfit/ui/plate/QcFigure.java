/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.analysis.PlateQc;
import org.hillfit.analysis.QcThresholds;
import org.hillfit.analysis.QcVerdict;

/**
 * One QC number of a plate as the plate page shows it, with its verdict colour. Z′ and robust Z′ are judged by the
 * analysis' own thresholds (pass ≥ 0.5, warn ≥ 0); S:B and control CVs by the usual screening guide, stated in the
 * hint (S:B ≥ 3 good, ≥ 2 marginal; CV ≤ 10 % good, ≤ 20 % marginal), which only colours the number.
 *
 * @param label "Z′", "S:B", "CV neutral"
 * @param text the value as shown
 * @param verdict pass / warn / fail colour, when the figure is judged
 * @param hint what the figure means and how it is judged
 */
public record QcFigure(String label, String text, Optional<QcVerdict> verdict, String hint) {
    public QcFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(hint, "hint");
    }

    /** The figures of a plate's QC, in display order. */
    public static List<QcFigure> of(PlateQc qc) {
        List<QcFigure> figures = new ArrayList<>();
        figures.add(new QcFigure(
                "Z′",
                fixed(qc.zPrime(), 2),
                Optional.of(qc.verdict()),
                "1 − 3(σn + σi)/|μn − μi|; pass ≥ 0.5, warn ≥ 0"));
        figures.add(new QcFigure(
                "Robust Z′",
                fixed(qc.robustZPrime(), 2),
                judged(qc.robustZPrime(), QcThresholds.DEFAULT),
                "Z′ from medians and MAD; pass ≥ 0.5, warn ≥ 0"));
        figures.add(new QcFigure(
                "S:B",
                fixed(qc.signalToBackground(), 1),
                higherIsBetter(qc.signalToBackground(), 3, 2),
                "signal over background; ≥ 3 good, ≥ 2 marginal"));
        figures.add(new QcFigure(
                "S:N", fixed(qc.signalToNoise(), 1), Optional.empty(), "assay window over the background's SD"));
        figures.add(new QcFigure(
                "CV neutral",
                percent(qc.cvNeutralPercent()),
                lowerIsBetter(qc.cvNeutralPercent(), 10, 20),
                "CV of the neutral controls; ≤ 10 % good, ≤ 20 % marginal"));
        figures.add(new QcFigure(
                "CV inhibitor",
                percent(qc.cvInhibitorPercent()),
                lowerIsBetter(qc.cvInhibitorPercent(), 10, 20),
                "CV of the inhibitor controls; ≤ 10 % good, ≤ 20 % marginal"));
        figures.add(new QcFigure(
                "Neutral wells",
                Integer.toString(qc.neutralCount()),
                Optional.empty(),
                "neutral control wells used (masked and flagged wells left out)"));
        figures.add(new QcFigure(
                "Inhibitor wells",
                Integer.toString(qc.inhibitorCount()),
                Optional.empty(),
                "inhibitor control wells used (masked and flagged wells left out)"));
        figures.add(new QcFigure(
                "Outliers",
                Integer.toString(qc.controlOutliers().size()),
                qc.controlOutliers().isEmpty() ? Optional.empty() : Optional.of(QcVerdict.WARN),
                "control wells the outlier rule found (masked or flagged)"));
        return figures;
    }

    private static Optional<QcVerdict> judged(double value, QcThresholds thresholds) {
        return Double.isNaN(value) ? Optional.empty() : Optional.of(thresholds.verdict(value));
    }

    private static Optional<QcVerdict> higherIsBetter(double value, double good, double marginal) {
        if (Double.isNaN(value)) {
            return Optional.empty();
        }
        return Optional.of(value >= good ? QcVerdict.PASS : value >= marginal ? QcVerdict.WARN : QcVerdict.FAIL);
    }

    private static Optional<QcVerdict> lowerIsBetter(double value, double good, double marginal) {
        if (Double.isNaN(value)) {
            return Optional.empty();
        }
        return Optional.of(value <= good ? QcVerdict.PASS : value <= marginal ? QcVerdict.WARN : QcVerdict.FAIL);
    }

    private static String fixed(double value, int decimals) {
        String text = org.hillfit.report.ResultFormat.decimals(value, decimals);
        return text.isEmpty() ? "—" : text;
    }

    private static String percent(double value) {
        String text = org.hillfit.report.ResultFormat.decimals(value, 1);
        return text.isEmpty() ? "—" : text + " %";
    }
}
