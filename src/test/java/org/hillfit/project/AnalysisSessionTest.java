/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hillfit.analysis.MaskReason;
import org.hillfit.analysis.WellMask;
import org.hillfit.fit.CurveStatus;
import org.hillfit.fit.FitOptions;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.report.ResultsCsvWriter;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.CurveFit;
import org.hillfit.result.Ic50Change;
import org.hillfit.result.Potency;
import org.hillfit.result.ReviewVerdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalysisSessionTest {
    private static AnalysisSession session;
    private static PlateKey tyk2;
    private static PlateKey jak1;

    @BeforeAll
    static void analyse() throws Exception {
        session = SessionFixtures.session("TYK2", "JAK1");
        tyk2 = session.plates().get(0).key();
        jak1 = session.plates().get(1).key();
    }

    @Test
    void aNewSessionGivesTheSameResultsAsHillfitAnalyze() throws Exception {
        AnalysisResult pipeline = new AnalysisPipeline(ImporterRegistry.builtIn())
                .run(
                        SessionFixtures.request("TYK2", "JAK1").inputs(),
                        SessionFixtures.request("TYK2", "JAK1").layouts(),
                        SessionFixtures.request("TYK2", "JAK1").layoutSource(),
                        session.settings(),
                        ProgressSink.NONE,
                        CancellationToken.none());
        assertEquals(rows(pipeline), rows(session.result()));
        assertEquals(pipeline.inputs(), session.result().inputs());
        assertEquals(pipeline.layoutSource(), session.result().layoutSource());
    }

    @Test
    void maskingAPointRecomputesOnlyItsPlate() throws Exception {
        AnalysisSession masked = session.maskWells(tyk2, List.of(WellId.parse("A11")), MaskReason.USER, "bubble");

        assertNotSame(session.plates().get(0), masked.plates().get(0));
        assertSame(session.plates().get(1), masked.plates().get(1));
        assertSame(session.result().plates().get(1), masked.result().plates().get(1));
        CurveFit before = curve(session, 0, "HF-001");
        CurveFit after = curve(masked, 0, "HF-001");
        assertEquals(before.result().pointsMasked() + 1, after.result().pointsMasked());
        assertTrue(after.flags().contains("user_masked:A11"), after.flags().toString());
    }

    @Test
    void maskingASamplePointRefitsOnlyItsCurveAndEqualsAFreshAnalysis() throws Exception {
        AnalysisSession masked = session.maskWells(tyk2, List.of(WellId.parse("A11")), MaskReason.USER, "bubble");

        for (CurveFit before : session.result().plates().get(0).curves()) {
            CurveFit after = curve(masked, 0, before.compound());
            if (before.compound().equals("HF-001")) {
                assertNotSame(before.result(), after.result());
            } else {
                assertSame(before.result(), after.result(), before.compound() + " was refitted");
            }
        }
        SessionPlate plate = masked.state().plates().get(0);
        SessionPlate fresh = PlateAnalyzer.analyze(
                plate.setup(), masked.layoutOf(plate.layoutName()).layout(), masked.settings());
        assertEquals(
                fresh.result().curves().stream().map(ResultsCsvWriter::row).toList(),
                plate.result().curves().stream().map(ResultsCsvWriter::row).toList());
        for (int i = 0; i < fresh.result().curves().size(); i++) {
            assertEquals(
                    fresh.result().curves().get(i).result().reportedLogIc50(),
                    plate.result().curves().get(i).result().reportedLogIc50());
        }
    }

    @Test
    void maskingAControlWellRefitsEveryCurveOfThePlate() throws Exception {
        AnalysisSession masked = session.maskWells(tyk2, List.of(WellId.parse("A01")), MaskReason.USER, "bubble");

        for (CurveFit before : session.result().plates().get(0).curves()) {
            assertNotSame(before.result(), curve(masked, 0, before.compound()).result(), before.compound());
        }
    }

    @Test
    void aMaskRecordsWhoWhenWhyAndTheIc50BeforeAndAfter() throws Exception {
        AnalysisSession masked =
                session.maskWells(tyk2, List.of(WellId.parse("A11"), WellId.parse("A12")), MaskReason.USER, "bubble");

        AuditEntry entry = masked.audit().get(masked.audit().size() - 1);
        assertEquals(AuditAction.MASK, entry.action());
        assertEquals("alice", entry.user());
        assertEquals(SessionFixtures.NOW, entry.time());
        assertEquals("TYK2 / TYK2-P1 / A11, A12", entry.target());
        assertEquals("masked A11, A12 (user: bubble)", entry.detail());
        Ic50Change change = entry.changes().stream()
                .filter(c -> c.compound().equals("HF-001"))
                .findFirst()
                .orElseThrow();
        assertEquals(Potency.of(curve(session, 0, "HF-001").result()), change.before());
        assertEquals(Potency.of(curve(masked, 0, "HF-001").result()), change.after());
        assertNotEquals(change.before(), change.after());
        UserMask mask = masked.plates().get(0).masks().get(WellId.parse("A11"));
        assertEquals("bubble", mask.mask().note());
        assertEquals("alice", mask.user());
    }

    /** The report's Masks sheet showed "hillfit" and no time for a person's mask made in a session. */
    @Test
    void aPersonsMaskNamesItsAuthorAndTimeInTheAnalysis() throws Exception {
        AnalysisSession masked = session.maskWells(tyk2, List.of(WellId.parse("A11")), MaskReason.USER, "bubble");

        WellMask mask = masked.result()
                .plates()
                .get(0)
                .normalized()
                .mask(WellId.parse("A11"))
                .orElseThrow();
        assertEquals("alice", mask.author());
        assertEquals(Optional.of(SessionFixtures.NOW), mask.at());
    }

    @Test
    void theAuditTrailOnlyGrows() throws Exception {
        AnalysisSession edited = session.maskWells(tyk2, List.of(WellId.parse("C05")), MaskReason.OUTLIER, "spike")
                .decide(new CurveKey(jak1, "HF-002"), ReviewVerdict.REJECTED, "precipitate seen")
                .addNote("project", "reader lamp replaced the day before");

        assertEquals(session.audit(), edited.audit().subList(0, session.audit().size()));
        assertEquals(session.audit().size() + 3, edited.audit().size());
        assertEquals(edited.audit(), edited.result().audit());
        List<AuditEntry> trail = edited.audit();
        assertThrows(UnsupportedOperationException.class, () -> trail.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> trail.set(0, trail.get(1)));
    }

    @Test
    void rejectingACurveFlagsItWithoutRefitting() {
        CurveKey key = new CurveKey(jak1, "HF-002");
        AnalysisSession rejected = session.decide(key, ReviewVerdict.REJECTED, "precipitate seen");

        CurveFit curve = rejected.curve(key).orElseThrow();
        assertSame(session.curve(key).orElseThrow().result(), curve.result());
        assertEquals(CurveStatus.FLAGGED, curve.status());
        assertTrue(curve.flags().contains("rejected_by_user"));
        assertSame(session.plates().get(0), rejected.plates().get(0));
        AuditEntry entry = rejected.audit().get(rejected.audit().size() - 1);
        assertEquals(AuditAction.REJECT, entry.action());
        assertEquals(1, entry.changes().size());
        assertEquals(entry.changes().get(0).before(), entry.changes().get(0).after());
    }

    @Test
    void aCurveOfTheResultNamesItsKey() {
        CurveFit shown = session.result().plates().get(1).curves().get(2);
        CurveKey key = session.keyOf(shown).orElseThrow();
        assertEquals(jak1, key.plate());
        assertSame(shown, session.curve(key).orElseThrow());
    }

    @Test
    void clearingADecisionRestoresTheCurve() {
        CurveKey key = new CurveKey(jak1, "HF-002");
        AnalysisSession cleared =
                session.decide(key, ReviewVerdict.ACCEPTED, "looks fine").clearDecision(key, "");
        assertEquals(Optional.empty(), cleared.curve(key).orElseThrow().decision());
        assertEquals(rows(session.result()), rows(cleared.result()));
    }

    @Test
    void anEditThatLeavesNoNeutralControlIsRefused() {
        List<WellId> neutral = session.layouts().get("layout").layout().wellsWithRole(WellRole.NEUTRAL);
        AnalysisException e = assertThrows(
                AnalysisException.class, () -> session.maskWells(tyk2, neutral, MaskReason.USER, "all bad"));
        assertTrue(e.getMessage().contains("TYK2-P1"), e.getMessage());
        assertTrue(e.getMessage().contains("neutral"), e.getMessage());
    }

    @Test
    void maskingWithoutANoteIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> session.maskWells(tyk2, List.of(WellId.parse("A11")), MaskReason.USER, " "));
    }

    @Test
    void unmaskingGivesBackTheOriginalFit() throws Exception {
        AnalysisSession round = session.maskWells(tyk2, List.of(WellId.parse("A11")), MaskReason.USER, "bubble")
                .unmaskWells(tyk2, List.of(WellId.parse("A11")), "it was fine");
        assertEquals(rows(session.result()), rows(round.result()));
        assertEquals(
                AuditAction.UNMASK, round.audit().get(round.audit().size() - 1).action());
    }

    @Test
    void changingSettingsRecomputesEveryPlate() throws Exception {
        AnalysisSession strict = session.withSettings(
                new org.hillfit.result.AnalysisSettings(
                        session.settings().readout(),
                        session.settings().normalization(),
                        FitOptions.DEFAULT.toBuilder().inactiveSpanPercent(60).build()),
                "stricter activity call");
        assertNotSame(session.plates().get(0), strict.plates().get(0));
        assertNotSame(session.plates().get(1), strict.plates().get(1));
        AuditEntry entry = strict.audit().get(strict.audit().size() - 1);
        assertEquals(AuditAction.SETTINGS, entry.action());
        assertEquals(
                "fit: 4PL, all parameters free → 4PL, inactive below a 60 % span (stricter activity call)",
                entry.detail());
    }

    @Test
    void editingALayoutWellReanalysesThePlatesUsingIt() throws Exception {
        AnalysisSession edited =
                session.withLayoutWell("layout", WellId.parse("A03"), WellContent.of(WellRole.EMPTY), "no compound");
        assertEquals(
                curve(session, 0, "HF-001").series().points().size() - 1,
                curve(edited, 0, "HF-001").series().points().size());
        assertEquals(
                curve(session, 1, "HF-001").series().points().size() - 1,
                curve(edited, 1, "HF-001").series().points().size());
        assertEquals(
                "A03: sample HF-001 10 µM → empty (no compound)",
                edited.audit().get(edited.audit().size() - 1).detail());
    }

    @Test
    void aPlateCanBeGivenItsOwnLayout() throws Exception {
        org.hillfit.plate.PlateLayout base = session.layouts().get("layout").layout();
        java.util.Map<WellId, WellContent> wells = new java.util.TreeMap<>(base.wells());
        wells.remove(WellId.parse("A03"));
        SessionLayout day2 = new SessionLayout("day2", "day2-layout.csv", new org.hillfit.plate.PlateLayout(wells));

        AnalysisSession edited = session.withLayout(day2, List.of(jak1), "second plate map");

        assertSame(session.plates().get(0), edited.plates().get(0));
        assertEquals("day2", edited.plates().get(1).layoutName());
        assertEquals(
                curve(session, 1, "HF-001").series().points().size() - 1,
                curve(edited, 1, "HF-001").series().points().size());
        assertEquals(
                "panel-layout.csv; day2-layout.csv",
                edited.result().layoutSource().replace(SessionFixtures.SAMPLES + "/", ""));
    }

    @Test
    void summarisesReplicatesAndTracksTheReference() {
        AnalysisSession marked = session.withReference("TYK2", Optional.of("HF-001"));
        // TYK2 and JAK1 are different assays, so each compound has one replicate per assay
        assertEquals(32, marked.replicates().size());
        assertEquals(1, marked.referenceCharts().size());
        assertEquals("HF-001", marked.referenceCharts().get(0).compound());
        assertEquals(
                AuditAction.REFERENCE,
                marked.audit().get(marked.audit().size() - 1).action());
    }

    @Test
    void undoRestoresTheAnalysisButKeepsTheTrail() throws Exception {
        SessionHistory history = SessionHistory.of(session)
                .push(session.maskWells(tyk2, List.of(WellId.parse("A11")), MaskReason.USER, "bubble"));

        SessionHistory undone = history.undo();
        assertEquals(rows(session.result()), rows(undone.present().result()));
        assertSame(session.plates().get(0), undone.present().plates().get(0));
        List<AuditEntry> trail = undone.present().audit();
        assertEquals(
                List.of(AuditAction.CREATE, AuditAction.MASK, AuditAction.UNDO),
                trail.stream().map(AuditEntry::action).toList());
        assertEquals("undid: masked A11 (user: bubble)", trail.get(2).detail());

        SessionHistory redone = undone.redo();
        assertEquals(rows(history.present().result()), rows(redone.present().result()));
        assertEquals(AuditAction.REDO, redone.present().audit().get(3).action());
    }

    private static CurveFit curve(AnalysisSession s, int plate, String compound) {
        return s.result().plates().get(plate).curves().stream()
                .filter(c -> c.compound().equals(compound))
                .findFirst()
                .orElseThrow();
    }

    private static List<List<String>> rows(AnalysisResult result) {
        return result.curves().stream().map(ResultsCsvWriter::row).toList();
    }
}
