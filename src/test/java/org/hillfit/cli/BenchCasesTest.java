/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hillfit.fit.BatchFitter;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.FourPlFitter;
import org.junit.jupiter.api.Test;

class BenchCasesTest {

    @Test
    void printsTheSameFiguresInTheSameOrder() {
        assertEquals(
                List.of(
                        "fit_4pl_10pt_single_thread fits/s",
                        "fit_4pl_10pt_all_threads fits/s",
                        "fcs_decode MB/s",
                        "normalize_qc_bscore_384 plates/s",
                        "session_mask_refit_384_16_curves edits/s",
                        "report_excel_100x384 s",
                        "import_envision_384 plates/s",
                        "import_mars_384 plates/s",
                        "import_tecan_384 plates/s",
                        "import_softmax_384 plates/s",
                        "import_gen5_384 plates/s",
                        "import_generic_matrix_384 plates/s",
                        "import_generic_list_384 plates/s"),
                BenchCases.all().stream().map(c -> c.name() + " " + c.unit()).toList());
    }

    /** A past version counted a sized stream, which the JDK may do without running the fits it maps. */
    @Test
    void theAllThreadsFigureTimesRealFitsOfEveryCurveInTheBatch() {
        FourPlFitter fitter = FourPlFitter.create();
        List<CurveData> batch = FitBenchCases.batch();

        List<CurveResult> results = FitBenchCases.fitBatch(BatchFitter.of(fitter), batch);

        assertEquals(FitBenchCases.BATCH, results.size());
        for (int i : new int[] {0, 1, 255, 256, 4095}) {
            assertEquals(fitter.fit(batch.get(i)), results.get(i), "curve " + i);
        }
    }
}
