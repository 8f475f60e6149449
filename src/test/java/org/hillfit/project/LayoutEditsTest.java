/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.report.ResultsCsvWriter;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.CurveFit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layout edits from the workbench: several wells in one entry, a plate's own copy, refusals. */
class LayoutEditsTest {
    private static AnalysisSession session;
    private static PlateKey tyk2;

    @BeforeAll
    static void analyse() throws Exception {
        session = SessionFixtures.session("TYK2", "JAK1");
        tyk2 = session.plates().get(0).key();
    }

    @Test
    void editsSeveralWellsInOneAuditEntryInWords() throws Exception {
        Map<WellId, WellContent> contents = new LinkedHashMap<>();
        contents.put(WellId.parse("A04"), WellContent.of(WellRole.NEUTRAL));
        contents.put(
                WellId.parse("A03"), WellContent.sample("HF-001", new Concentration(5, ConcentrationUnit.MICROMOLAR)));

        AnalysisSession edited = session.withLayoutWells("layout", contents, "wrong tip");

        AuditEntry entry = last(edited);
        assertEquals(AuditAction.LAYOUT, entry.action());
        assertEquals("layout panel-layout.csv / A03, A04", entry.target());
        assertEquals(
                "A03: sample HF-001 10 µM → sample HF-001 5 µM; A04: sample HF-001 10 µM → neutral (wrong tip)",
                entry.detail());
        assertEquals(session.audit().size() + 1, edited.audit().size());
    }

    @Test
    void emptyingOneSampleWellRefitsOnlyItsCurveOnEachPlateAndEqualsAFreshAnalysis() throws Exception {
        AnalysisSession edited = session.withLayoutWells(
                "layout", Map.of(WellId.parse("A03"), WellContent.of(WellRole.EMPTY)), "no compound");

        for (int p = 0; p < 2; p++) {
            List<CurveFit> before = session.result().plates().get(p).curves();
            List<CurveFit> after = edited.result().plates().get(p).curves();
            for (int i = 0; i < before.size(); i++) {
                boolean edited001 = before.get(i).compound().equals("HF-001");
                assertEquals(
                        !edited001,
                        before.get(i).result() == after.get(i).result(),
                        before.get(i).compound());
            }
            SessionPlate plate = edited.state().plates().get(p);
            SessionPlate fresh = PlateAnalyzer.analyze(
                    plate.setup(), edited.layoutOf(plate.layoutName()).layout(), edited.settings());
            assertEquals(
                    fresh.result().curves().stream().map(ResultsCsvWriter::row).toList(),
                    plate.result().curves().stream().map(ResultsCsvWriter::row).toList());
        }
    }

    @Test
    void aWellThatAlreadyHoldsTheContentIsLeftOutOfTheEntry() throws Exception {
        Map<WellId, WellContent> contents = new LinkedHashMap<>();
        contents.put(WellId.parse("A01"), WellContent.of(WellRole.NEUTRAL));
        contents.put(WellId.parse("A03"), WellContent.of(WellRole.EMPTY));

        AnalysisSession edited = session.withLayoutWells("layout", contents, "no compound");

        assertEquals(
                "A03: sample HF-001 10 µM → empty (no compound)", last(edited).detail());
    }

    @Test
    void refusesAnEditThatChangesNothing() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> session.withLayoutWells(
                        "layout", Map.of(WellId.parse("A01"), WellContent.of(WellRole.NEUTRAL)), "why"));
        assertEquals(
                "nothing to change: A01 of layout panel-layout.csv already hold(s) what was asked", e.getMessage());
    }

    @Test
    void theSameDoseInAnotherUnitIsNoChange() {
        WellContent tenMicromolar = WellContent.sample("HF-001", new Concentration(10, ConcentrationUnit.MICROMOLAR));

        assertThrows(
                IllegalArgumentException.class,
                () -> session.withLayoutWells("layout", Map.of(WellId.parse("A03"), tenMicromolar), "same"));
    }

    @Test
    void removingEveryNeutralControlIsRefusedWithTheReason() {
        Map<WellId, WellContent> contents = new LinkedHashMap<>();
        session.layouts().get("layout").layout().wells().forEach((well, content) -> {
            if (content.role() == WellRole.NEUTRAL) {
                contents.put(well, WellContent.of(WellRole.EMPTY));
            }
        });

        AnalysisException e =
                assertThrows(AnalysisException.class, () -> session.withLayoutWells("layout", contents, "test"));
        assertTrue(e.getMessage().contains("neutral"), e.getMessage());
    }

    @Test
    void aPlateGetsItsOwnCopyNamedAfterTheLayoutAndThePlate() throws Exception {
        AnalysisSession own = session.withOwnLayout(tyk2, "only this plate");

        assertEquals("panel-layout.csv (TYK2-P1)", own.plates().get(0).layoutName());
        assertEquals("layout", own.plates().get(1).layoutName());
        assertSame(session.plates().get(1), own.plates().get(1));
        assertEquals(
                session.layouts().get("layout").layout(),
                own.layouts().get("panel-layout.csv (TYK2-P1)").layout());
        assertEquals("layout panel-layout.csv (TYK2-P1)", last(own).target());
    }

    @Test
    void editingTheOwnCopyLeavesTheOtherPlatesAlone() throws Exception {
        AnalysisSession own = session.withOwnLayout(tyk2, "only this plate");
        String copy = own.plates().get(0).layoutName();

        AnalysisSession edited = own.withLayoutWell(copy, WellId.parse("A03"), WellContent.of(WellRole.EMPTY), "tip");

        assertSame(own.plates().get(1), edited.plates().get(1));
        assertEquals(points(own, 0) - 1, points(edited, 0), "TYK2's HF-001 lost A03");
        assertEquals(
                WellRole.SAMPLE,
                edited.layouts()
                        .get("layout")
                        .layout()
                        .content(WellId.parse("A03"))
                        .role());
    }

    @Test
    void aCopyNeverReplacesALayoutOfTheSameName() throws Exception {
        SessionLayout taken = new SessionLayout(
                "panel-layout.csv (TYK2-P1)",
                "day2.csv",
                session.layouts().get("layout").layout());
        AnalysisSession withTaken = session.withLayout(taken, List.of(), "a day-2 map, unused");

        AnalysisSession own = withTaken.withOwnLayout(tyk2, "");

        assertEquals("panel-layout.csv (TYK2-P1) 2", own.plates().get(0).layoutName());
        assertEquals("day2.csv", own.layouts().get("panel-layout.csv (TYK2-P1)").source());
    }

    private static int points(AnalysisSession s, int plate) {
        return s.result().plates().get(plate).curves().stream()
                .filter(c -> c.compound().equals("HF-001"))
                .findFirst()
                .orElseThrow()
                .series()
                .points()
                .size();
    }

    private static AuditEntry last(AnalysisSession s) {
        return s.audit().get(s.audit().size() - 1);
    }
}
