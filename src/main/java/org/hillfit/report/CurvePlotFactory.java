/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.analysis.DosePoint;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.CurveStatus;
import org.hillfit.fit.FourPlParameters;
import org.hillfit.fit.Qualifier;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.CurvePlotData.Ic50Marker;
import org.hillfit.report.CurvePlotData.Point;
import org.hillfit.report.CurvePlotData.PointState;
import org.hillfit.report.CurvePlotData.Range;
import org.hillfit.report.CurvePlotData.Series;
import org.hillfit.report.CurvePlotData.XY;
import org.hillfit.result.CurveFit;

/** Builds {@link CurvePlotData} from fitted curves. */
final class CurvePlotFactory {
    /** Samples of a fitted curve across the x range. */
    static final int CURVE_SAMPLES = 121;
    /** Margin beyond the tested doses, in decades. */
    private static final double X_MARGIN_DECADES = 0.35;

    private CurvePlotFactory() {}

    static CurvePlotData single(CurveFit curve, ConcentrationUnit unit) {
        Range x = xRange(List.of(curve), unit);
        Series series = series(curve.assay(), curve, x, unit);
        String subtitle = curve.assay() + " \u00b7 " + curve.plate();
        return new CurvePlotData(
                curve.compound(),
                subtitle,
                "Concentration (" + unit.symbol() + ")",
                "% inhibition",
                unit,
                x,
                yRange(List.of(series)),
                List.of(series));
    }

    static CurvePlotData overlay(String title, List<CurveFit> curves, ConcentrationUnit unit) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("an overlay needs at least one curve");
        }
        Range x = xRange(curves, unit);
        Map<String, Integer> perAssay = new HashMap<>();
        curves.forEach(c -> perAssay.merge(c.assay(), 1, Integer::sum));
        List<Series> series = new ArrayList<>();
        for (CurveFit curve : curves) {
            String label = perAssay.get(curve.assay()) > 1 ? curve.assay() + " (" + curve.plate() + ")" : curve.assay();
            series.add(series(label, curve, x, unit));
        }
        return new CurvePlotData(
                title,
                String.join(
                        " \u00b7 ",
                        new java.util.LinkedHashSet<>(
                                curves.stream().map(CurveFit::assay).toList())),
                "Concentration (" + unit.symbol() + ")",
                "% inhibition",
                unit,
                x,
                yRange(series),
                series);
    }

    private static Series series(String label, CurveFit curve, Range x, ConcentrationUnit unit) {
        return new Series(
                label,
                fittedCurve(curve, x, unit),
                curve.result().status() == CurveStatus.INACTIVE,
                points(curve, unit),
                ic50(curve.result(), unit));
    }

    private static List<XY> fittedCurve(CurveFit curve, Range x, ConcentrationUnit unit) {
        CurveResult result = curve.result();
        Optional<FourPlParameters> parameters = result.parameters();
        if (parameters.isEmpty()) {
            return List.of();
        }
        double logLow = Math.log10(x.lower());
        double step = (Math.log10(x.upper()) - logLow) / (CURVE_SAMPLES - 1);
        List<XY> samples = new ArrayList<>(CURVE_SAMPLES);
        FourPlParameters p = parameters.get(); // an inactive curve reports its flat line: drawn flat
        for (int i = 0; i < CURVE_SAMPLES; i++) {
            double logX = logLow + i * step;
            samples.add(new XY(Math.pow(10, logX), p.valueAt(logX + unit.exponent())));
        }
        return samples;
    }

    private static List<Point> points(CurveFit curve, ConcentrationUnit unit) {
        List<Point> points = new ArrayList<>();
        Map<Double, Integer> replicates = new HashMap<>();
        for (DosePoint dose : curve.series().points()) {
            double concentration = dose.concentration().in(unit).value();
            int replicate = replicates.merge(concentration, 1, Integer::sum);
            PointState state;
            String reason = dose.mask().map(FlagText::maskReason).orElse("");
            if (Double.isNaN(dose.response())) {
                state = PointState.NO_VALUE;
                reason = reason.isEmpty() ? "no value" : reason;
            } else {
                state = dose.isUsed() ? PointState.USED : PointState.MASKED;
            }
            points.add(new Point(dose.well(), concentration, dose.response(), replicate, state, reason));
        }
        return points;
    }

    private static Optional<Ic50Marker> ic50(CurveResult result, ConcentrationUnit unit) {
        if (Double.isNaN(result.reportedLogIc50())) {
            return Optional.empty();
        }
        boolean exact = result.qualifier() == Qualifier.EQUAL;
        return Optional.of(new Ic50Marker(
                result.qualifier(),
                ResultFormat.inUnit(result.reportedLogIc50(), unit),
                exact ? ResultFormat.inUnit(result.logIc50CiLow(), unit) : Double.NaN,
                exact ? ResultFormat.inUnit(result.logIc50CiHigh(), unit) : Double.NaN,
                "IC50 " + ResultFormat.ic50(result, unit)));
    }

    private static Range xRange(List<CurveFit> curves, ConcentrationUnit unit) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (CurveFit curve : curves) {
            for (DosePoint point : curve.series().points()) {
                double log = Math.log10(point.concentration().in(unit).value());
                if (Double.isFinite(log)) {
                    low = Math.min(low, log);
                    high = Math.max(high, log);
                }
            }
        }
        if (!(low <= high)) {
            low = 0;
            high = 4; // no dose at all: a neutral 1–10,000 window
        }
        return new Range(Math.pow(10, low - X_MARGIN_DECADES), Math.pow(10, high + X_MARGIN_DECADES));
    }

    /** From −20 % to 120 % unless points lie beyond; then 5 % past the farthest point, within −200…300 %. */
    private static Range yRange(List<Series> series) {
        double low = -20;
        double high = 120;
        for (Series s : series) {
            for (Point p : s.points()) {
                if (Double.isFinite(p.response())) {
                    low = Math.min(low, p.response() - 5);
                    high = Math.max(high, p.response() + 5);
                }
            }
        }
        low = Math.max(-200, Math.floor(low / 10) * 10);
        high = Math.min(300, Math.ceil(high / 10) * 10);
        return new Range(low, high);
    }
}
