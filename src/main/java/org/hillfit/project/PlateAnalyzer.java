/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.analysis.WellMask;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.CurveResult;
import org.hillfit.job.CancellationToken;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellId;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.CurveDecision;
import org.hillfit.result.CurveFit;
import org.hillfit.result.PlateResult;

/** Recomputes one session plate: {@link AnalysisPipeline#analyzePlate} with its masks, then its decisions. */
final class PlateAnalyzer {
    private PlateAnalyzer() {}

    /**
     * The plate analysed afresh with its masks and decisions and the given layout and settings.
     *
     * @throws AnalysisException when the plate cannot be normalised any more (e.g. every neutral control masked)
     */
    static SessionPlate analyze(PlateSetup plate, PlateLayout layout, AnalysisSettings settings)
            throws AnalysisException {
        return analyze(plate, layout, settings, CancellationToken.none());
    }

    /**
     * The plate analysed afresh, cancellable between its curves.
     *
     * @throws AnalysisException when the plate cannot be normalised any more (e.g. every neutral control masked)
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    static SessionPlate analyze(
            PlateSetup plate, PlateLayout layout, AnalysisSettings settings, CancellationToken cancellation)
            throws AnalysisException {
        return analyze(plate, layout, settings, Map.of(), cancellation);
    }

    /**
     * The plate analysed again after an edit that kept the settings: curves whose data did not change keep the
     * previous analysis's fits (bit-identical to a refit, the fitter being deterministic), so masking one sample
     * point refits one curve.
     *
     * @throws AnalysisException when the plate cannot be normalised any more (e.g. every neutral control masked)
     */
    static SessionPlate reanalyze(
            PlateSetup plate, PlateLayout layout, AnalysisSettings settings, SessionPlate previous)
            throws AnalysisException {
        Map<CurveData, CurveResult> known = new HashMap<>();
        for (CurveFit curve : previous.result().curves()) {
            known.put(CurveFit.curveData(curve.series()), curve.result());
        }
        return analyze(plate, layout, settings, known, CancellationToken.none());
    }

    private static SessionPlate analyze(
            PlateSetup plate,
            PlateLayout layout,
            AnalysisSettings settings,
            Map<CurveData, CurveResult> known,
            CancellationToken cancellation)
            throws AnalysisException {
        Map<WellId, WellMask> wellMasks = new HashMap<>();
        plate.masks().forEach((well, mask) -> wellMasks.put(well, mask.mask()));
        PlateResult result = AnalysisPipeline.analyzePlate(
                plate.assay(), plate.plate(), layout, wellMasks, settings, known, cancellation);
        return new SessionPlate(
                plate.key(),
                plate.assay(),
                plate.plate(),
                plate.layoutName(),
                plate.masks(),
                plate.decisions(),
                withDecisions(result, plate.decisions()));
    }

    /** The same analysis with other decisions: the fits are shared, nothing is refitted. */
    static SessionPlate decide(SessionPlate plate, Map<String, CurveDecision> decisions) {
        return new SessionPlate(
                plate.key(),
                plate.assay(),
                plate.plate(),
                plate.layoutName(),
                plate.masks(),
                decisions,
                withDecisions(plate.result(), decisions));
    }

    private static PlateResult withDecisions(PlateResult result, Map<String, CurveDecision> decisions) {
        boolean unchanged = result.curves().stream()
                .allMatch(c -> c.decision().equals(Optional.ofNullable(decisions.get(c.compound()))));
        if (unchanged) {
            return result;
        }
        List<CurveFit> curves = result.curves().stream()
                .map(c -> c.withDecision(Optional.ofNullable(decisions.get(c.compound()))))
                .toList();
        return new PlateResult(result.assay(), result.plate(), result.normalized(), curves);
    }
}
