/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hillfit.fit.FourPlParameters;
import org.hillfit.fit.Qualifier;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.CurvePlotData.Ic50Marker;
import org.hillfit.report.CurvePlotData.Point;
import org.hillfit.report.CurvePlotData.PointState;
import org.hillfit.report.CurvePlotData.Series;
import org.hillfit.report.CurvePlotData.XY;
import org.hillfit.result.CurveFit;
import org.junit.jupiter.api.Test;

class CurvePlotDataTest {

    @Test
    void titlesNameCompoundAssayAndPlateWithUnits() {
        CurvePlotData data = CurvePlotData.of(TestCurves.ok("TYK2", "HF-001", 12.3));
        assertEquals("HF-001", data.title());
        assertEquals("TYK2 \u00b7 TYK2-P1", data.subtitle());
        assertEquals("Concentration (nM)", data.xAxisLabel());
        assertEquals("% inhibition", data.yAxisLabel());
        assertFalse(data.isOverlay());
    }

    @Test
    void xRangeCoversEveryDoseWithAMargin() {
        CurvePlotData data = CurvePlotData.of(TestCurves.ok("TYK2", "HF-001", 12.3));
        double lowest = TestCurves.dosesNm()[9];
        assertTrue(data.xRange().lower() < lowest && data.xRange().lower() > lowest / 10);
        assertTrue(data.xRange().upper() > 10000 && data.xRange().upper() < 100000);
    }

    @Test
    void samplesTheFittedCurveEvenlyInLogConcentration() {
        Series s =
                CurvePlotData.of(TestCurves.ok("TYK2", "HF-001", 12.3)).series().get(0);
        List<XY> curve = s.fittedCurve();
        assertEquals(121, curve.size());
        double step = Math.log10(curve.get(1).x() / curve.get(0).x());
        assertEquals(step, Math.log10(curve.get(120).x() / curve.get(119).x()), 1e-9);
        // Hill 1, 0–100 %: the curve is at 50 % at the IC50, so the sample nearest 12.3 nM is near 50 %
        XY nearest = curve.stream()
                .min((a, b) -> Double.compare(Math.abs(Math.log10(a.x() / 12.3)), Math.abs(Math.log10(b.x() / 12.3))))
                .orElseThrow();
        assertEquals(50, nearest.y(), 100 * step);
        assertFalse(s.flat());
    }

    @Test
    void pointsCarryReplicateIndexAndMaskState() {
        CurveFit curve = TestCurves.ok("TYK2", "HF-001", 12.3);
        CurveFit masked = TestCurves.withSeries(
                curve, TestCurves.series("HF-001", new FourPlParameters(0, 100, Math.log10(12.3) - 9, 1), "B05"));
        List<Point> points = CurvePlotData.of(masked).series().get(0).points();
        assertEquals(20, points.size());
        Point first = points.get(0);
        Point second = points.get(1);
        assertEquals(first.concentration(), second.concentration());
        assertEquals(1, first.replicate());
        assertEquals(2, second.replicate());
        Point b05 = points.stream()
                .filter(p -> p.well().label().equals("B05"))
                .findFirst()
                .orElseThrow();
        assertEquals(PointState.MASKED, b05.state());
        assertEquals("outlier", b05.reason());
        assertEquals(
                19, points.stream().filter(p -> p.state() == PointState.USED).count());
    }

    @Test
    void exactIc50MarkerHasItsConfidenceBandInTheUnit() {
        Ic50Marker m = CurvePlotData.of(TestCurves.ok("TYK2", "HF-001", 12.3), ConcentrationUnit.MICROMOLAR)
                .series()
                .get(0)
                .ic50()
                .orElseThrow();
        assertEquals(Qualifier.EQUAL, m.qualifier());
        assertEquals(0.0123, m.value(), 1e-9);
        assertEquals(0.0123 / Math.pow(10, 0.1), m.ciLow(), 1e-9);
        assertEquals(0.0123 * Math.pow(10, 0.1), m.ciHigh(), 1e-9);
        assertEquals("IC50 0.0123 \u00b5M", m.label());
    }

    @Test
    void inactiveCurveIsAFlatLineWithAQualifiedMarkerAtTheTopDose() {
        Series s =
                CurvePlotData.of(TestCurves.inactive("JAK3", "HF-008")).series().get(0);
        assertTrue(s.flat());
        double level = s.fittedCurve().get(0).y();
        assertTrue(s.fittedCurve().stream().allMatch(xy -> xy.y() == level));
        Ic50Marker m = s.ic50().orElseThrow();
        assertEquals(Qualifier.GREATER_THAN, m.qualifier());
        assertEquals(10000, m.value(), 1e-6);
        assertFalse(m.hasConfidenceInterval());
        assertEquals("IC50 >10000 nM", m.label());
    }

    @Test
    void overlayHasOneSeriesPerAssay() {
        CurvePlotData data = CurvePlotData.overlay(
                "HF-001",
                List.of(TestCurves.ok("TYK2", "HF-001", 2), TestCurves.inactive("JAK3", "HF-001")),
                ConcentrationUnit.NANOMOLAR);
        assertTrue(data.isOverlay());
        assertEquals(
                List.of("TYK2", "JAK3"),
                data.series().stream().map(Series::label).toList());
        assertEquals("TYK2 \u00b7 JAK3", data.subtitle());
    }

    @Test
    void overlayNeedsACurve() {
        assertThrows(
                IllegalArgumentException.class,
                () -> CurvePlotData.overlay("X", List.of(), ConcentrationUnit.NANOMOLAR));
    }

    @Test
    void yRangeGrowsToShowOutlyingPoints() {
        CurveFit curve = TestCurves.ok("TYK2", "HF-001", 12.3);
        FourPlParameters high = new FourPlParameters(0, 160, Math.log10(12.3) - 9, 1);
        CurvePlotData data = CurvePlotData.of(TestCurves.withSeries(curve, TestCurves.series("HF-001", high)));
        assertEquals(-20, data.yRange().lower());
        assertTrue(data.yRange().upper() >= 160, "upper " + data.yRange().upper());
    }
}
