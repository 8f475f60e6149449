/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.result.InputSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad export does not stop the others; the session keeps the good ones in order. */
class SessionImportTest {

    @Test
    void skipsAnInputThatCannotBeImportedAndKeepsTheOthers(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("BROKEN.csv"), "this is not a plate export\n");
        SessionImport outcome = SessionImport.create(
                new AnalysisPipeline(ImporterRegistry.builtIn()),
                withInputInTheMiddle(SessionFixtures.request("TYK2", "JAK1"), bad),
                SessionFixtures.ALICE,
                ProgressSink.NONE,
                CancellationToken.none());

        AnalysisSession session = outcome.session().orElseThrow();
        assertEquals(
                List.of("TYK2", "JAK1"),
                session.plates().stream().map(SessionPlate::assay).toList());
        assertEquals(
                List.of(0, 1),
                session.plates().stream().map(p -> p.key().input()).toList());
        assertEquals(1, outcome.failures().size());
        assertEquals(1, outcome.failures().get(0).index());
        assertTrue(
                outcome.failures().get(0).message().contains("BROKEN.csv"),
                outcome.failures().get(0).message());
        assertTrue(
                session.audit().get(0).detail().contains("skipped 1 input"),
                session.audit().get(0).detail());
    }

    @Test
    void hasNoSessionWhenNothingCouldBeImported(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("EMPTY.csv"), "");
        SessionRequest request = SessionFixtures.request("TYK2");
        SessionRequest onlyBad = new SessionRequest(
                List.of(new InputSpec(bad, "EMPTY", ImporterRegistry.AUTO)),
                request.layouts(),
                request.layoutSource(),
                request.settings());
        SessionImport outcome = SessionImport.create(
                new AnalysisPipeline(ImporterRegistry.builtIn()),
                onlyBad,
                SessionFixtures.ALICE,
                ProgressSink.NONE,
                CancellationToken.none());

        assertTrue(outcome.session().isEmpty());
        assertEquals(1, outcome.failures().size());
    }

    private static SessionRequest withInputInTheMiddle(SessionRequest request, Path bad) {
        List<InputSpec> inputs = new ArrayList<>(request.inputs());
        inputs.add(1, new InputSpec(bad, "BROKEN", ImporterRegistry.AUTO));
        return new SessionRequest(inputs, request.layouts(), request.layoutSource(), request.settings());
    }
}
