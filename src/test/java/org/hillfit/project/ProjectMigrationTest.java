/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.WellId;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.CurveFit;
import org.hillfit.result.ReviewVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-written schema-1 project (no notes, no references) opens, migrates and resaves as schema 2. */
class ProjectMigrationTest {
    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    @Test
    void aVersionOneProjectOpensWithItsReviewIntact() throws Exception {
        OpenedProject opened = store.open(fixture(), SessionFixtures.ALICE);

        assertEquals(1, opened.schemaVersion());
        assertTrue(opened.wasMigrated());
        assertEquals(AuditSeal.UNSEALED, opened.auditSeal());
        AnalysisSession session = opened.session();
        assertEquals(List.of(), session.notes());
        assertEquals(Map.of(), session.references());
        UserMask mask = session.plates().get(0).masks().get(WellId.parse("A02"));
        assertEquals("bubble", mask.mask().note());
        assertEquals("bob", mask.user());
        assertEquals(
                List.of(AuditAction.CREATE, AuditAction.MASK),
                session.audit().stream().map(AuditEntry::action).toList());
    }

    @Test
    void aVersionOneProjectIsAnalysedFromItsEmbeddedValues() throws Exception {
        CurveFit curve = store.open(fixture(), SessionFixtures.ALICE)
                .session()
                .result()
                .curves()
                .get(0);

        assertEquals("REF-1", curve.compound());
        assertEquals(1, curve.result().pointsMasked());
        assertEquals(ReviewVerdict.ACCEPTED, curve.decision().orElseThrow().verdict());
        // the fixture's signal follows IC50 = 100 nM, Hill 1 (see README.md): log10(1e-7) = -7
        assertEquals(-7.0, curve.result().reportedLogIc50(), 0.05);
    }

    @Test
    void aMissingInputIsReportedAndTheEmbeddedValuesAreUsed() throws Exception {
        OpenedProject opened = store.open(fixture(), SessionFixtures.ALICE);
        assertEquals(InputCheck.Status.MISSING, opened.inputs().get(0).status());
        assertTrue(opened.problems().get(0).message().contains("exports/REF.matrix.csv: missing"));
    }

    @Test
    void aMigratedProjectIsSavedWithTheCurrentSchema() throws Exception {
        AnalysisSession session = store.open(fixture(), SessionFixtures.ALICE).session();
        Path resaved = dir.resolve("resaved.hillfit");
        store.save(session.addNote("project", "migrated"), resaved);

        OpenedProject reopened = store.open(resaved, SessionFixtures.ALICE);
        assertEquals(ProjectDocument.SCHEMA_VERSION, reopened.schemaVersion());
        assertEquals(AuditSeal.INTACT, reopened.auditSeal());
        assertEquals(1, reopened.session().notes().size());
        assertEquals(
                session.result().curves().get(0).result(),
                reopened.session().result().curves().get(0).result());
    }

    private Path fixture() throws Exception {
        Path file = dir.resolve("v1-minimal.hillfit");
        try (InputStream in = getClass().getResourceAsStream("v1-minimal.hillfit")) {
            Files.copy(java.util.Objects.requireNonNull(in, "fixture"), file);
        }
        return file;
    }
}
