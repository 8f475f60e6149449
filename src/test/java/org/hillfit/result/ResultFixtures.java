/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.analysis.DoseSeries;
import org.hillfit.analysis.NormalizationOptions;
import org.hillfit.analysis.NormalizedPlate;
import org.hillfit.analysis.PlateQc;
import org.hillfit.analysis.QcVerdict;
import org.hillfit.analysis.Readout;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.CurveStatus;
import org.hillfit.fit.Qualifier;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.PlateMetadata;

/** Hand-made results with chosen IC50s, for replicate and control-chart tests. */
final class ResultFixtures {
    private ResultFixtures() {}

    /** "12.5" → =12.5 nM, "<1" → <1 nM, ">10000" → >10000 nM. */
    static Potency potency(String text) {
        String s = text.strip();
        Qualifier q =
                s.startsWith("<") ? Qualifier.LESS_THAN : s.startsWith(">") ? Qualifier.GREATER_THAN : Qualifier.EQUAL;
        return Potency.ofNanomolar(q, Double.parseDouble(q == Qualifier.EQUAL ? s : s.substring(1)));
    }

    /** A curve with a given status and reported potency (a pIC50 when {@code pic50} is finite). */
    static CurveFit curve(String assay, String plate, String compound, Qualifier q, double pic50, CurveStatus status) {
        CurveResult result = new CurveResult(
                status,
                q,
                -pic50,
                Double.NaN,
                Double.NaN,
                Optional.empty(),
                0.99,
                Double.NaN,
                10,
                0,
                "1.1",
                List.of(),
                -10,
                -5);
        return new CurveFit(assay, plate, new DoseSeries(compound, List.of()), result, false);
    }

    /** An exact, ok curve at a pIC50. */
    static CurveFit curve(String assay, String plate, String compound, double pic50) {
        return curve(assay, plate, compound, Qualifier.EQUAL, pic50, CurveStatus.OK);
    }

    /** A plate measured on {@code measuredAt} (may be empty: no date) holding the curves. */
    static PlateResult plate(String name, String measuredAt, boolean failedQc, CurveFit... curves) {
        double[] values = new double[96];
        Arrays.fill(values, Double.NaN);
        Channel channel = new Channel("S", ChannelInfo.RAW, PlateFormat.WELLS_96, values, Map.of());
        Plate plate = new Plate(
                name,
                PlateFormat.WELLS_96,
                List.of(channel),
                measuredAt.isEmpty() ? Map.of() : Map.of(PlateMetadata.MEASURED_AT, measuredAt));
        PlateQc qc =
                new PlateQc(failedQc ? -1 : 0.8, 0.8, 10, 20, 5, 5, 8, 8, failedQc ? QcVerdict.FAIL : QcVerdict.PASS);
        NormalizedPlate normalized = new NormalizedPlate(
                new Readout(channel, "S"),
                new PlateLayout(Map.of()),
                100,
                0,
                Map.of(),
                qc,
                NormalizationOptions.DEFAULT);
        String assay = curves.length == 0 ? "A" : curves[0].assay();
        List<CurveFit> onPlate = Arrays.stream(curves)
                .map(c -> new CurveFit(
                        c.assay(), c.plate(), c.series(), c.result(), failedQc, c.plateFlags(), c.decision()))
                .toList();
        return new PlateResult(assay, plate, normalized, onPlate);
    }

    /** A run (an analysis) of plates. */
    static ReplicateRun run(String label, PlateResult... plates) {
        return new ReplicateRun(
                label,
                new AnalysisResult(List.of(), "layout.csv", AnalysisSettings.DEFAULT, List.of(plates), List.of()));
    }
}
