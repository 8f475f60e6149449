/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hillfit.fit.Qualifier;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.Ic50Change;
import org.hillfit.result.Potency;
import org.junit.jupiter.api.Test;

/** Audit entries in one status-bar line. */
class ChangeTextTest {
    private static final Instant NOW = Instant.parse("2025-03-14T09:26:53Z");

    @Test
    void aMaskWithTheIc50ItMoved() {
        AuditEntry entry = new AuditEntry(
                NOW,
                "tester",
                AuditAction.MASK,
                "TYK2 / TYK2-P1 / C05",
                "masked C05 (user: bubble)",
                List.of(change("HF-001", 1.95, 2.38), unchanged("HF-002")));

        assertEquals("masked C05 (user: bubble) — HF-001 TYK2: 1.95 → 2.38 nM", ChangeText.summary(entry));
    }

    @Test
    void theStatusLineStartsWithACapitalLikeTheBarsOtherMessages() {
        AuditEntry entry = new AuditEntry(
                NOW,
                "tester",
                AuditAction.UNDO,
                "session",
                "undid: accepted HF-003 (accepted in review)",
                List.of(unchanged("HF-003")));

        assertEquals("Undid: accepted HF-003 (accepted in review)", ChangeText.latest(List.of(entry)));
    }

    @Test
    void aSettingsChangeIsShownInTheCoresWordsAndCountsTheRest() {
        AuditEntry entry = new AuditEntry(
                NOW,
                "tester",
                AuditAction.SETTINGS,
                "settings",
                "fit: 4PL, all parameters free → 4PL, Hill fixed at 1",
                List.of(
                        change("HF-001", 1.95, 2.0),
                        change("HF-002", 0.5, 0.6),
                        change("HF-003", 44, 40),
                        change("HF-004", 25.4, 30)));

        assertEquals(
                "fit: 4PL, all parameters free → 4PL, Hill fixed at 1 — HF-001 TYK2: 1.95 → 2.00 nM;"
                        + " HF-002 TYK2: 0.500 → 0.600 nM; 2 more IC50s moved",
                ChangeText.summary(entry));
    }

    @Test
    void aBoundKeepsItsQualifier() {
        Ic50Change change = new Ic50Change(
                "JAK1",
                "JAK1-P1",
                "HF-008",
                Optional.of(Potency.ofNanomolar(Qualifier.EQUAL, 8000)),
                Optional.of(Potency.ofNanomolar(Qualifier.GREATER_THAN, 10000)));

        assertEquals("HF-008 JAK1: 8000 → >10000 nM", ChangeText.of(change));
    }

    private static Ic50Change change(String compound, double before, double after) {
        return new Ic50Change(
                "TYK2",
                "TYK2-P1",
                compound,
                Optional.of(Potency.ofNanomolar(Qualifier.EQUAL, before)),
                Optional.of(Potency.ofNanomolar(Qualifier.EQUAL, after)));
    }

    private static Ic50Change unchanged(String compound) {
        Optional<Potency> same = Optional.of(Potency.ofNanomolar(Qualifier.EQUAL, 10));
        return new Ic50Change("TYK2", "TYK2-P1", compound, same, same);
    }
}
