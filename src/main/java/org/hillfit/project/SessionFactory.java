/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.io.ImportContext;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateLayout;
import org.hillfit.result.AuditAction;
import org.hillfit.result.InputSpec;

/** Builds a new session from export files, the way {@link AnalysisPipeline#run} analyses them. */
final class SessionFactory {
    /** The name of the single layout of a session made from one layout file. */
    static final String DEFAULT_LAYOUT = "layout";

    private SessionFactory() {}

    static AnalysisSession create(
            AnalysisPipeline pipeline,
            SessionRequest request,
            ReviewContext context,
            ProgressSink progress,
            CancellationToken cancellation)
            throws AnalysisException {
        ImportContext importContext = pipeline.importContext(request.layouts(), cancellation);
        Map<String, SessionLayout> layouts = sessionLayouts(request);
        List<SessionInput> inputs = new ArrayList<>();
        List<SessionPlate> plates = new ArrayList<>();
        int total = request.inputs().size();
        for (int i = 0; i < total; i++) {
            InputSpec spec = request.inputs().get(i);
            cancellation.throwIfCancelled();
            progress.report("Reading " + spec.path().getFileName(), i, total);
            ImportedInput imported = pipeline.read(spec, importContext);
            inputs.add(new SessionInput(imported.record(), imported.warnings()));
            for (Plate plate : imported.plates()) {
                cancellation.throwIfCancelled();
                PlateLayout layout = AnalysisPipeline.layoutFor(plate, request.layouts());
                String layoutName = request.layouts().ownLayoutKey(plate).orElse(DEFAULT_LAYOUT);
                PlateSetup setup = new PlateSetup(
                        new PlateKey(i, plate.name()), spec.assay(), plate, layoutName, Map.of(), Map.of());
                plates.add(PlateAnalyzer.analyze(setup, layout, request.settings(), cancellation));
            }
            progress.report("Analysed " + spec.path().getFileName(), i + 1, total);
        }
        SessionState state;
        try {
            state = new SessionState(inputs, layouts, request.settings(), plates, Map.of(), List.of());
        } catch (IllegalArgumentException e) {
            throw new AnalysisException("cannot keep the plates apart: " + e.getMessage(), e);
        }
        int curves = plates.stream().mapToInt(p -> p.result().curves().size()).sum();
        String detail = "analysed " + total + " input(s): " + plates.size() + " plate(s), " + curves
                + " curve(s), layout " + request.layoutSource();
        return new AnalysisSession(
                state,
                List.of(AuditRecorder.entry(context, AuditAction.CREATE, "session", detail, List.of())),
                context);
    }

    /** The shared layout under {@link #DEFAULT_LAYOUT}, and each plate's own layout under its key. */
    private static Map<String, SessionLayout> sessionLayouts(SessionRequest request) {
        Map<String, SessionLayout> layouts = new LinkedHashMap<>();
        request.layouts()
                .shared()
                .ifPresent(
                        l -> layouts.put(DEFAULT_LAYOUT, new SessionLayout(DEFAULT_LAYOUT, request.layoutSource(), l)));
        request.layouts()
                .byPlate()
                .forEach((key, l) -> layouts.put(key, new SessionLayout(key, request.layoutSource(), l)));
        return layouts;
    }
}
