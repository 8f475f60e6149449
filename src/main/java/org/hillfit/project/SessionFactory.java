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
        return build(pipeline, request, context, progress, cancellation, false)
                .session()
                .orElseThrow();
    }

    /** Like {@link #create}, but an input that cannot be imported or analysed is skipped and reported. */
    static SessionImport createSkippingFailures(
            AnalysisPipeline pipeline,
            SessionRequest request,
            ReviewContext context,
            ProgressSink progress,
            CancellationToken cancellation)
            throws AnalysisException {
        return build(pipeline, request, context, progress, cancellation, true);
    }

    private static SessionImport build(
            AnalysisPipeline pipeline,
            SessionRequest request,
            ReviewContext context,
            ProgressSink progress,
            CancellationToken cancellation,
            boolean skipFailures)
            throws AnalysisException {
        ImportContext importContext = pipeline.importContext(request.layouts(), cancellation);
        List<SessionInput> inputs = new ArrayList<>();
        List<SessionPlate> plates = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        int total = request.inputs().size();
        for (int i = 0; i < total; i++) {
            InputSpec spec = request.inputs().get(i);
            cancellation.throwIfCancelled();
            progress.report("Reading " + spec.path().getFileName(), i, total);
            try {
                ImportedInput imported = pipeline.read(spec, importContext);
                plates.addAll(analyze(imported, spec, inputs.size(), request, cancellation));
                inputs.add(new SessionInput(imported.record(), imported.warnings()));
            } catch (AnalysisException e) {
                if (!skipFailures) {
                    throw e;
                }
                failures.add(new InputFailure(i, spec.path(), e.getMessage()));
            }
            progress.report("Analysed " + spec.path().getFileName(), i + 1, total);
        }
        if (inputs.isEmpty()) {
            return new SessionImport(java.util.Optional.empty(), failures);
        }
        return new SessionImport(java.util.Optional.of(session(request, context, inputs, plates, failures)), failures);
    }

    /** The plates of one input, analysed; {@code input} is its index among the inputs kept. */
    private static List<SessionPlate> analyze(
            ImportedInput imported, InputSpec spec, int input, SessionRequest request, CancellationToken cancellation)
            throws AnalysisException {
        List<SessionPlate> plates = new ArrayList<>();
        for (Plate plate : imported.plates()) {
            cancellation.throwIfCancelled();
            PlateLayout layout = AnalysisPipeline.layoutFor(plate, request.layouts());
            String layoutName = request.layouts().ownLayoutKey(plate).orElse(DEFAULT_LAYOUT);
            PlateSetup setup = new PlateSetup(
                    new PlateKey(input, plate.name()), spec.assay(), plate, layoutName, Map.of(), Map.of());
            plates.add(PlateAnalyzer.analyze(setup, layout, request.settings(), cancellation));
        }
        return plates;
    }

    private static AnalysisSession session(
            SessionRequest request,
            ReviewContext context,
            List<SessionInput> inputs,
            List<SessionPlate> plates,
            List<InputFailure> failures)
            throws AnalysisException {
        SessionState state;
        try {
            state = new SessionState(inputs, sessionLayouts(request), request.settings(), plates, Map.of(), List.of());
        } catch (IllegalArgumentException e) {
            throw new AnalysisException("cannot keep the plates apart: " + e.getMessage(), e);
        }
        int curves = plates.stream().mapToInt(p -> p.result().curves().size()).sum();
        String detail = "analysed " + inputs.size() + " input(s): " + plates.size() + " plate(s), " + curves
                + " curve(s), layout " + request.layoutSource()
                + (failures.isEmpty() ? "" : "; skipped " + failures.size() + " input(s) that could not be imported");
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
