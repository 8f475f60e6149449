/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hillfit.fit.Qualifier;
import org.hillfit.report.TestCurves;
import org.junit.jupiter.api.Test;

class SelectivityTableTest {
    private static final List<CurveFit> PANEL = List.of(
            TestCurves.ok("TYK2", "A", 10),
            TestCurves.ok("JAK1", "A", 1000),
            TestCurves.inactive("JAK2", "A"),
            TestCurves.inactive("TYK2", "B"),
            TestCurves.inactive("JAK1", "B"),
            TestCurves.ok("JAK2", "B", 50));

    @Test
    void primaryIsTheFirstAssayUnlessChosen() {
        SelectivityTable table = SelectivityTable.of(PANEL, Optional.empty());
        assertEquals("TYK2", table.primaryAssay());
        assertEquals(List.of("TYK2", "JAK1", "JAK2"), table.assays());
        assertEquals(List.of("JAK1", "JAK2"), table.offTargets());
        assertEquals("JAK1", SelectivityTable.of(PANEL, Optional.of("JAK1")).primaryAssay());
    }

    @Test
    void rejectsAnUnknownPrimaryAssay() {
        var e = assertThrows(IllegalArgumentException.class, () -> SelectivityTable.of(PANEL, Optional.of("JAK9")));
        assertTrue(e.getMessage().contains("JAK9"), e.getMessage());
    }

    @Test
    void foldsOverThePrimaryCarryQualifiers() {
        SelectivityTable.Row a =
                SelectivityTable.of(PANEL, Optional.empty()).rows().get(0);
        assertEquals("A", a.compound());
        Selectivity.Fold jak1 = a.fold("JAK1", "TYK2").orElseThrow();
        assertEquals(Qualifier.EQUAL, jak1.qualifier());
        assertEquals(100, jak1.value(), 1e-9);
        // ±0.1 log on both: √0.02 = 0.1414
        assertEquals(2 - Math.sqrt(0.02), jak1.log10CiLow(), 1e-9);
        Selectivity.Fold jak2 = a.fold("JAK2", "TYK2").orElseThrow();
        assertEquals(Qualifier.GREATER_THAN, jak2.qualifier());
        assertEquals(1000, jak2.value(), 1e-6);
    }

    @Test
    void inactiveOnBothIsUndeterminedAndInactiveTargetGivesALowerBound() {
        SelectivityTable.Row b =
                SelectivityTable.of(PANEL, Optional.empty()).rows().get(1);
        assertTrue(b.fold("JAK1", "TYK2").isEmpty());
        Selectivity.Fold jak2 = b.fold("JAK2", "TYK2").orElseThrow();
        assertEquals(Qualifier.LESS_THAN, jak2.qualifier());
        assertEquals(0.005, jak2.value(), 1e-9);
        assertEquals(List.of("inactive"), b.notes().get("TYK2"));
    }

    @Test
    void curvesOfOneAssayOnSeveralPlatesAreCombined() {
        List<CurveFit> twice = List.of(TestCurves.ok("TYK2", "A", 10), TestCurves.ok("TYK2", "A", 40));
        SelectivityTable.Row a =
                SelectivityTable.of(twice, Optional.empty()).rows().get(0);
        Selectivity.Potency p = a.potency("TYK2").orElseThrow();
        assertEquals(2, p.curves());
        assertEquals(20, p.ic50Molar() * 1e9, 1e-9);
        assertEquals(2, a.curveCounts().get("TYK2"));
        assertFalse(a.isUndetermined("TYK2"));
    }
}
