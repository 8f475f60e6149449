/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.analysis.DosePoint;
import org.hillfit.analysis.DoseSeries;
import org.hillfit.analysis.MaskReason;
import org.hillfit.analysis.WellMask;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.CurveStatus;
import org.hillfit.fit.FourPlParameters;
import org.hillfit.fit.Qualifier;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.WellId;
import org.hillfit.result.CurveFit;

/**
 * Hand-made curves for report tests: 10 doses from 10 µM down in 3-fold steps (10000, 3333, …, 0.508 nM), in
 * duplicate (rows A and B), responses from given 4PL parameters. Nothing here runs the fitter.
 */
public final class TestCurves {
    /** Highest dose, nM. */
    public static final double TOP_DOSE_NM = 10000;

    private TestCurves() {}

    /** The 10 doses in nM, highest first. */
    public static double[] dosesNm() {
        double[] doses = new double[10];
        for (int i = 0; i < 10; i++) {
            doses[i] = TOP_DOSE_NM / Math.pow(3, i);
        }
        return doses;
    }

    /** Points on the curve of {@code p}, two replicates per dose; the wells named in {@code masked} are outliers. */
    public static DoseSeries series(String compound, FourPlParameters p, String... masked) {
        List<DosePoint> points = new ArrayList<>();
        double[] doses = dosesNm();
        for (int i = doses.length - 1; i >= 0; i--) {
            for (String row : List.of("A", "B")) {
                WellId well = WellId.of(row, 3 + i);
                Concentration c = new Concentration(doses[i], ConcentrationUnit.NANOMOLAR);
                double y = p.valueAt(c.log10Molar()) + (row.equals("A") ? 1.5 : -1.5);
                Optional<WellMask> mask = List.of(masked).contains(well.label())
                        ? Optional.of(new WellMask(well, MaskReason.OUTLIER, ""))
                        : Optional.empty();
                points.add(new DosePoint(well, c, y, mask));
            }
        }
        return new DoseSeries(compound, points);
    }

    /** An exact, ok curve with IC50 {@code ic50Nm}, Hill 1, 0–100 %, and a CI of ±0.1 log units. */
    public static CurveFit ok(String assay, String compound, double ic50Nm) {
        double log = Math.log10(ic50Nm) - 9;
        FourPlParameters p = new FourPlParameters(0, 100, log, 1);
        CurveResult r = new CurveResult(
                CurveStatus.OK,
                Qualifier.EQUAL,
                log,
                log - 0.1,
                log + 0.1,
                Optional.of(p),
                0.995,
                2.1,
                20,
                0,
                "1.1",
                List.of(),
                Math.log10(dosesNm()[9]) - 9,
                Math.log10(TOP_DOSE_NM) - 9);
        return new CurveFit(assay, assay + "-P1", series(compound, p), r, false);
    }

    /** An inactive curve: flat near 0 %, reported as &gt; the top dose. */
    public static CurveFit inactive(String assay, String compound) {
        FourPlParameters p = new FourPlParameters(0, 3, -5, 1);
        double top = Math.log10(TOP_DOSE_NM) - 9;
        CurveResult r = new CurveResult(
                CurveStatus.INACTIVE,
                Qualifier.GREATER_THAN,
                top,
                Double.NaN,
                Double.NaN,
                Optional.of(FourPlParameters.flat(1.5)), // the fitter reports an inactive curve's flat line
                0.1,
                2.0,
                20,
                0,
                "4",
                List.of("inactive"),
                Math.log10(dosesNm()[9]) - 9,
                top);
        return new CurveFit(assay, assay + "-P1", series(compound, p), r, false);
    }

    /** A copy of a curve with other points (e.g. with masks), same fit. */
    public static CurveFit withSeries(CurveFit curve, DoseSeries series) {
        return new CurveFit(curve.assay(), curve.plate(), series, curve.result(), curve.plateFailedQc());
    }
}
