/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.util.List;
import java.util.Optional;
import org.hillfit.io.ImportContext;
import org.hillfit.io.layout.LayoutReaders;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.BundledSample;
import org.hillfit.project.SessionRequest;
import org.hillfit.result.InputSpec;
import org.hillfit.ui.session.ChangeGuard;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.SessionModel;

/**
 * "Open the sample panel": the four-target TR-FRET panel shipped in the application (TYK2, JAK1, JAK2, JAK3; 16
 * compounds each), imported and analysed in the background like any exports, with the current analysis settings.
 */
final class SampleCommand {
    /** What the title bar calls the sample. */
    static final String NAME = "Sample panel (TYK2 · JAK1 · JAK2 · JAK3)";

    private final WorkbenchServices services;
    private final SessionModel model;
    private final Feedback feedback;
    private final ChangeGuard guard;

    SampleCommand(WorkbenchServices services, SessionModel model, Feedback feedback, ChangeGuard guard) {
        this.services = services;
        this.model = model;
        this.feedback = feedback;
        this.guard = guard;
    }

    void run() {
        guard.thenRun(this::open);
    }

    private void open() {
        services.jobs()
                .submit(
                        "Opening the sample panel",
                        (sink, token) -> {
                            BundledSample sample = BundledSample.extract();
                            List<InputSpec> inputs = sample.inputs().stream()
                                    .map(p -> new InputSpec(p, InputSpec.defaultAssay(p), "auto"))
                                    .toList();
                            SessionRequest request = new SessionRequest(
                                    inputs,
                                    LayoutReaders.read(
                                            sample.layout(),
                                            new ImportContext(org.hillfit.io.ImportLimits.DEFAULT, token)),
                                    BundledSample.LAYOUT,
                                    services.settings().current().analysisSettings());
                            return AnalysisSession.create(
                                    services.pipeline(), request, services.context(), sink, token);
                        },
                        session -> {
                            model.load(session, Optional.empty(), NAME);
                            feedback.status("Opened the sample panel: "
                                    + session.plates().size() + " plates, "
                                    + session.result().curves().size() + " curves. Review them on the Curves page.");
                        },
                        message -> feedback.problem("Could not open the sample panel", message));
    }
}
