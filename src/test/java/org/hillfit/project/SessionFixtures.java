/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.layout.LongLayoutReader;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputSpec;

/** Sessions over the bundled sample panel, edited by a fixed user at a fixed time. */
final class SessionFixtures {
    static final Path SAMPLES = Path.of("sample-plates");
    static final Instant NOW = Instant.parse("2025-03-14T09:26:53Z");
    static final ReviewContext ALICE = new ReviewContext("alice", Clock.fixed(NOW, ZoneOffset.UTC));

    private SessionFixtures() {}

    /** The request for the given targets' sample exports ("TYK2", "JAK1", …) with the panel layout. */
    static SessionRequest request(String... targets) throws Exception {
        List<InputSpec> inputs = java.util.Arrays.stream(targets)
                .map(t -> SAMPLES.resolve(t + ".matrix.csv"))
                .map(p -> new InputSpec(p, InputSpec.defaultAssay(p), ImporterRegistry.AUTO))
                .toList();
        Path layout = SAMPLES.resolve("panel-layout.csv");
        return new SessionRequest(
                inputs,
                LongLayoutReader.read(layout, ImportContext.defaults()),
                layout.toString(),
                AnalysisSettings.DEFAULT);
    }

    /** A new session over the given targets. */
    static AnalysisSession session(String... targets) throws Exception {
        return AnalysisSession.create(
                new AnalysisPipeline(ImporterRegistry.builtIn()),
                request(targets),
                ALICE,
                ProgressSink.NONE,
                CancellationToken.none());
    }
}
