/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.analysis.DosePoint;
import org.hillfit.analysis.DoseSeries;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.CurveStatus;
import org.hillfit.fit.FitOptions;
import org.hillfit.fit.FourPlFitter;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.Test;

class CurveFitTest {

    @Test
    void namesTheWellsTheOutlierTestMasked() {
        List<DosePoint> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double nM = 10_000 / Math.pow(3, i);
            double response = 100 / (1 + Math.pow(10, (-7 - (Math.log10(nM) - 9)))) + (i % 2 == 0 ? 1.5 : -1.5);
            points.add(new DosePoint(
                    WellId.of("C", 3 + i),
                    new Concentration(nM, ConcentrationUnit.parse("nM").orElseThrow()),
                    i == 4 ? 5 : response,
                    Optional.empty()));
        }
        DoseSeries series = new DoseSeries("HF-001", points);
        CurveResult result =
                FourPlFitter.create().withOptions(FitOptions.EXCLUDE_OUTLIERS).fit(CurveFit.curveData(series));
        assertEquals(List.of(4), result.outlierIndices());

        CurveFit fit = new CurveFit("TYK2", "P1", series, result, false);
        assertTrue(
                fit.flags().contains("outlier_masked:" + WellId.of("C", 7)),
                fit.flags().toString());
        assertFalse(fit.flags().contains("outlier_masked"), "the generic flag is replaced by the well");
        assertEquals(CurveStatus.FLAGGED, fit.status());
    }
}
