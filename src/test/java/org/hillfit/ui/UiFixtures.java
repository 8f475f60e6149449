/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.layout.LongLayoutReader;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.ProjectStore;
import org.hillfit.project.ReviewContext;
import org.hillfit.project.SessionRequest;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputSpec;

/** Sessions over the sample panel in {@code sample-plates/}, edited by a fixed reviewer at a fixed time. */
public final class UiFixtures {
    /** The sample folder. */
    public static final Path SAMPLES = Path.of("sample-plates");
    /** The reviewer of test sessions. */
    public static final ReviewContext REVIEWER =
            new ReviewContext("tester", Clock.fixed(Instant.parse("2025-03-14T09:26:53Z"), ZoneOffset.UTC));

    private UiFixtures() {}

    /** A session over the given targets' sample exports ("TYK2", "JAK1", …) with the panel layout. */
    public static AnalysisSession session(String... targets) throws Exception {
        return session(Arrays.stream(targets)
                .map(t -> SAMPLES.resolve(t + ".matrix.csv"))
                .toList());
    }

    /** A session over the six TYK2 runs of {@code sample-plates/runs/} (run 5 four-fold weaker), nothing marked. */
    public static AnalysisSession runs() throws Exception {
        return session(IntStream.rangeClosed(1, 6)
                .mapToObj(r -> SAMPLES.resolve("runs/TYK2.run" + r + ".matrix.csv"))
                .toList());
    }

    /** A session over the given exports with the panel layout, each plate of the assay named by its file. */
    private static AnalysisSession session(List<Path> files) throws Exception {
        List<InputSpec> inputs = files.stream()
                .map(p -> new InputSpec(p, InputSpec.defaultAssay(p), ImporterRegistry.AUTO))
                .toList();
        Path layout = SAMPLES.resolve("panel-layout.csv");
        SessionRequest request = new SessionRequest(
                inputs,
                LongLayoutReader.read(layout, ImportContext.defaults()),
                layout.toString(),
                AnalysisSettings.DEFAULT);
        return AnalysisSession.create(
                new AnalysisPipeline(ImporterRegistry.builtIn()),
                request,
                REVIEWER,
                ProgressSink.NONE,
                CancellationToken.none());
    }

    /**
     * A TYK2 project saved beside a copy of its export in {@code dir/day1}, then that folder moved to
     * {@code dir/archive}: opening {@code archive/screen.hillfit} finds the input moved.
     *
     * @return the archive folder
     */
    public static Path movedProject(Path dir) throws Exception {
        Path day1 = Files.createDirectories(dir.resolve("day1"));
        Path input = Files.copy(SAMPLES.resolve("TYK2.matrix.csv"), day1.resolve("TYK2.matrix.csv"));
        Path layout = SAMPLES.resolve("panel-layout.csv");
        SessionRequest request = new SessionRequest(
                List.of(new InputSpec(input, "TYK2", ImporterRegistry.AUTO)),
                LongLayoutReader.read(layout, ImportContext.defaults()),
                layout.toString(),
                AnalysisSettings.DEFAULT);
        AnalysisSession session = AnalysisSession.create(
                new AnalysisPipeline(ImporterRegistry.builtIn()),
                request,
                REVIEWER,
                ProgressSink.NONE,
                CancellationToken.none());
        new ProjectStore().save(session, day1.resolve("screen.hillfit"));
        return Files.move(day1, dir.resolve("archive"));
    }
}
