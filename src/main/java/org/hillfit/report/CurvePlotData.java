/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.fit.Qualifier;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.WellId;
import org.hillfit.result.CurveFit;

/**
 * Everything needed to draw one dose-response chart, as plain data: fitted-curve samples, points, the IC50 marker,
 * axis ranges and texts. One source for every picture of a curve: the report's images ({@code report.chart}) and
 * the workbench's interactive chart draw from it, so they always show the same thing. Concentrations are in
 * {@link #unit()} (not log); the concentration axis is drawn logarithmic. Responses are % inhibition.
 *
 * <p>Several series make an overlay: one compound on several assays (TYK2 vs JAK1/2/3), each with its curve,
 * points and IC50.
 *
 * @param title the chart title (the compound)
 * @param subtitle a second line (assay, plate, IC50 text); may be empty
 * @param xAxisLabel "Concentration (nM)"
 * @param yAxisLabel "% inhibition"
 * @param unit the unit of every concentration here
 * @param xRange the concentration range to show, in the unit (positive)
 * @param yRange the response range to show
 * @param series the curves; one for a single curve, several for an overlay
 */
public record CurvePlotData(
        String title,
        String subtitle,
        String xAxisLabel,
        String yAxisLabel,
        ConcentrationUnit unit,
        Range xRange,
        Range yRange,
        List<Series> series) {

    public CurvePlotData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(xAxisLabel, "xAxisLabel");
        Objects.requireNonNull(yAxisLabel, "yAxisLabel");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(xRange, "xRange");
        Objects.requireNonNull(yRange, "yRange");
        series = List.copyOf(series);
        if (!(xRange.lower() > 0)) {
            throw new IllegalArgumentException("a log concentration axis needs a positive range; got " + xRange);
        }
    }

    /** The chart of one curve, concentrations in nM. */
    public static CurvePlotData of(CurveFit curve) {
        return of(curve, ConcentrationUnit.NANOMOLAR);
    }

    /** The chart of one curve, concentrations in {@code unit}. */
    public static CurvePlotData of(CurveFit curve, ConcentrationUnit unit) {
        return CurvePlotFactory.single(curve, unit);
    }

    /**
     * An overlay of several curves of one compound (e.g. the same compound on TYK2, JAK1, JAK2, JAK3), one series
     * per curve labelled by its assay (and plate when an assay has several).
     *
     * @param title the chart title, usually the compound
     * @throws IllegalArgumentException when {@code curves} is empty
     */
    public static CurvePlotData overlay(String title, List<CurveFit> curves, ConcentrationUnit unit) {
        return CurvePlotFactory.overlay(title, curves, unit);
    }

    /** True when several series are drawn together. */
    public boolean isOverlay() {
        return series.size() > 1;
    }

    /** True when any series has a point left out of its fit that can be drawn (hollow). */
    public boolean hasMaskedPoints() {
        return series.stream()
                .flatMap(s -> s.points().stream())
                .anyMatch(p -> p.state() == PointState.MASKED && Double.isFinite(p.response()));
    }

    /** A copy with other titles. */
    public CurvePlotData withTitles(String newTitle, String newSubtitle) {
        return new CurvePlotData(newTitle, newSubtitle, xAxisLabel, yAxisLabel, unit, xRange, yRange, series);
    }

    /**
     * A closed interval.
     *
     * @param lower lower end, finite
     * @param upper upper end, finite and above {@code lower}
     */
    public record Range(double lower, double upper) {
        public Range {
            if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
                throw new IllegalArgumentException(
                        "a range needs finite ends, lower < upper; got " + lower + ", " + upper);
            }
        }
    }

    /**
     * One curve of a chart.
     *
     * @param label what the legend calls it (the assay for overlays)
     * @param fittedCurve samples of the fitted curve on an even log-concentration grid across the x range, in
     *     concentration order; empty when nothing was fitted; for an inactive curve, the flat line it was judged by
     * @param points the measured points, in dose order
     * @param flat true when {@code fittedCurve} is the flat line of an inactive curve (no dose-response), not a 4PL
     * @param ic50 the IC50 marker, when the curve has an IC50
     */
    public record Series(
            String label, List<XY> fittedCurve, boolean flat, List<Point> points, Optional<Ic50Marker> ic50) {
        public Series {
            Objects.requireNonNull(label, "label");
            fittedCurve = List.copyOf(fittedCurve);
            points = List.copyOf(points);
            Objects.requireNonNull(ic50, "ic50");
        }
    }

    /**
     * A point of a chart line.
     *
     * @param x concentration in the unit
     * @param y response
     */
    public record XY(double x, double y) {}

    /** Whether a point entered the fit. */
    public enum PointState {
        /** In the fit: drawn filled. */
        USED,
        /** Masked by a user, a rule or an instrument flag: drawn hollow when it has a value. */
        MASKED,
        /** The well has no number (instrument marker without value): not drawn, but listed. */
        NO_VALUE
    }

    /**
     * A measured point.
     *
     * @param well the well
     * @param concentration the dose in the unit
     * @param response % inhibition; NaN for {@link PointState#NO_VALUE}
     * @param replicate 1 for the first well at this dose, 2 for the second, …
     * @param state whether it was fitted
     * @param reason why it was left out, in words ("outlier", "B07 overflow"); empty for used points
     */
    public record Point(
            WellId well, double concentration, double response, int replicate, PointState state, String reason) {
        public Point {
            Objects.requireNonNull(well, "well");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(reason, "reason");
            if (replicate < 1) {
                throw new IllegalArgumentException("replicates count from 1; got " + replicate);
            }
        }
    }

    /**
     * Where the IC50 is.
     *
     * @param qualifier {@code =} for a measured IC50; {@code <} or {@code >} when it lies beyond the tested range,
     *     {@link #value()} then being the bound
     * @param value the IC50 (or bound) in the unit
     * @param ciLow lower 95 % limit in the unit; NaN when undefined
     * @param ciHigh upper 95 % limit in the unit; NaN when undefined
     * @param label the text to show, from {@link ResultFormat#ic50}: "IC50 12.3 nM", "IC50 &gt;10000 nM"
     */
    public record Ic50Marker(Qualifier qualifier, double value, double ciLow, double ciHigh, String label) {
        public Ic50Marker {
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(label, "label");
        }

        /** True when the confidence band can be drawn. */
        public boolean hasConfidenceInterval() {
            return Double.isFinite(ciLow) && Double.isFinite(ciHigh);
        }
    }
}
