/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.reference;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hillfit.report.ResultFormat;
import org.hillfit.result.ControlChart;
import org.hillfit.result.ControlPoint;
import org.hillfit.ui.results.PivotCell;
import org.hillfit.ui.results.ReplicateText;

/** The Reference page's sentences: how to mark a reference, the chart in numbers, each run's verdict. */
final class ReferenceWords {
    static final String NOTHING_OPEN = "Open plates to track a reference compound across them.";

    private ReferenceWords() {}

    /** What to do next, or what the chart says. */
    static String message(String assay, String reference, Optional<ControlChart> chart) {
        if (assay.isEmpty()) {
            return NOTHING_OPEN;
        }
        if (reference.isEmpty()) {
            return "No reference compound is marked for " + assay + ". Choose one under Reference compound and"
                    + " press Mark as reference, or right-click its row on the Results page. Its pIC50 on each"
                    + " plate of " + assay + " is then charted against mean ± 2 SD of the plates before it.";
        }
        if (chart.isEmpty()) {
            return reference + " is not on any plate of " + assay + ".";
        }
        ControlChart c = chart.get();
        if (c.n() < ControlChart.MIN_RUNS) {
            return "Control limits need " + ControlChart.MIN_RUNS + " runs with an exact IC50; " + reference + " has "
                    + c.n() + " on " + assay + ". Add plates or runs of the assay.";
        }
        List<ControlPoint> outside = c.outsideLimits();
        if (outside.isEmpty()) {
            return "Every run judged lies within the limits of the runs before it.";
        }
        return outside.size() + (outside.size() == 1 ? " run lies" : " runs lie") + " outside its limits: "
                + outside.stream()
                        .map(p -> p.run() + " (pIC50 " + ResultFormat.decimals(p.pIc50(), 2) + ")")
                        .collect(Collectors.joining(", "))
                + ". Check that run's plate, or reject the curve to leave it out of the limits.";
    }

    /** "mean pIC50 7.38 (IC50 41.5 nM) · SD 0.05 · 6 runs counted · limits for the next run 7.28–7.48". */
    static String summary(ControlChart c) {
        StringBuilder text = new StringBuilder();
        if (Double.isFinite(c.meanPIc50())) {
            text.append("mean pIC50 ")
                    .append(ResultFormat.decimals(c.meanPIc50(), 2))
                    .append(" (IC50 ")
                    .append(ResultFormat.significant(Math.pow(10, 9 - c.meanPIc50()), ResultFormat.SIGNIFICANT_DIGITS))
                    .append(" nM)");
        }
        if (Double.isFinite(c.sdLog())) {
            text.append(" · SD ").append(ResultFormat.decimals(c.sdLog(), 2));
        }
        text.append(text.length() > 0 ? " · " : "")
                .append(c.n())
                .append(c.n() == 1 ? " run" : " runs")
                .append(" counted");
        if (Double.isFinite(c.lowerLimit())) {
            text.append(" · limits for the next run ").append(limits(c.lowerLimit(), c.upperLimit()));
        }
        return text.toString();
    }

    /** "7.26–7.52". */
    static String limits(double lower, double upper) {
        return ResultFormat.decimals(lower, 2) + "–" + ResultFormat.decimals(upper, 2);
    }

    /** Whether a run lies within the limits in force when it was run, coloured. */
    static PivotCell verdict(ControlPoint p) {
        return switch (p.status()) {
            case IN_LIMITS -> PivotCell.styled("yes", "cell-good", "within mean ± 2 SD of the runs before it");
            case OUTSIDE_LIMITS ->
                PivotCell.styled(
                        "no, " + (p.pIc50() < p.lowerLimit() ? "below" : "above"),
                        "cell-bad",
                        "outside mean ± 2 SD of the runs before it");
            case UNDETERMINED ->
                Double.isFinite(p.lowerLimit())
                        ? PivotCell.of("not judged: a bound", "a < or > value whose bound lies within the limits")
                        : PivotCell.of(
                                "not judged: sets the limits",
                                "the first " + ControlChart.MIN_RUNS + " runs with an exact IC50 set the limits");
            case EXCLUDED ->
                PivotCell.styled(
                        "excluded: "
                                + p.excludedBecause()
                                        .map(ReplicateText::exclusion)
                                        .orElse("does not count"),
                        "cell-muted",
                        "does not count towards the limits");
        };
    }
}
