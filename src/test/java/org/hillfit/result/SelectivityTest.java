/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hillfit.fit.Qualifier;
import org.hillfit.result.Selectivity.Fold;
import org.hillfit.result.Selectivity.Potency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectivityTest {
    private static final double NM = -9;

    private static Potency nm(Qualifier q, double ic50Nm) {
        return Potency.of(q, Math.log10(ic50Nm) + NM);
    }

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            # off-target,  target,        fold qualifier (empty = undetermined)
            EQUAL,         EQUAL,         EQUAL
            GREATER_THAN,  EQUAL,         GREATER_THAN
            EQUAL,         LESS_THAN,     GREATER_THAN
            GREATER_THAN,  LESS_THAN,     GREATER_THAN
            LESS_THAN,     EQUAL,         LESS_THAN
            EQUAL,         GREATER_THAN,  LESS_THAN
            LESS_THAN,     GREATER_THAN,  LESS_THAN
            GREATER_THAN,  GREATER_THAN,
            LESS_THAN,     LESS_THAN,
            """)
    void qualifierAlgebra(Qualifier offTarget, Qualifier target, Qualifier expected) {
        assertEquals(Optional.ofNullable(expected), Selectivity.foldQualifier(offTarget, target));
    }

    @Test
    void inactiveOffTargetGivesAQualifiedFold() {
        // JAK2 inactive at 10 µM, TYK2 25 nM: fold > 400
        Fold fold = Selectivity.fold(nm(Qualifier.GREATER_THAN, 10000), nm(Qualifier.EQUAL, 25))
                .orElseThrow();
        assertEquals(Qualifier.GREATER_THAN, fold.qualifier());
        assertEquals(400, fold.value(), 1e-9);
        assertFalse(fold.hasConfidenceInterval());
    }

    @Test
    void bothInactiveIsUndetermined() {
        assertTrue(Selectivity.fold(nm(Qualifier.GREATER_THAN, 10000), nm(Qualifier.GREATER_THAN, 10000))
                .isEmpty());
    }

    @Test
    void exactFoldIntervalAddsTheLogHalfWidthsInQuadrature() {
        // off 1000 nM with log CI ±0.3, target 10 nM with log CI ±0.4: fold 100, log half-width √(0.09 + 0.16) = 0.5
        Potency off = new Potency(Qualifier.EQUAL, -6, -6.3, -5.7, 1);
        Potency on = new Potency(Qualifier.EQUAL, -8, -8.4, -7.6, 1);
        Fold fold = Selectivity.fold(off, on).orElseThrow();
        assertEquals(Qualifier.EQUAL, fold.qualifier());
        assertEquals(100, fold.value(), 1e-9);
        assertEquals(1.5, fold.log10CiLow(), 1e-12);
        assertEquals(2.5, fold.log10CiHigh(), 1e-12);
        assertEquals(31.6228, fold.ciLow(), 1e-4);
        assertEquals(316.228, fold.ciHigh(), 1e-3);
    }

    @Test
    void asymmetricIntervalsPairTheRightEnds() {
        // off: −0.1/+0.5; target: −0.2/+0.3. Lower end: off's lower (0.1) with target's upper (0.3); upper end: off's
        // upper (0.5) with target's lower (0.2).
        Potency off = new Potency(Qualifier.EQUAL, -6, -6.1, -5.5, 1);
        Potency on = new Potency(Qualifier.EQUAL, -8, -8.2, -7.7, 1);
        Fold fold = Selectivity.fold(off, on).orElseThrow();
        assertEquals(2 - Math.sqrt(0.01 + 0.09), fold.log10CiLow(), 1e-12);
        assertEquals(2 + Math.sqrt(0.25 + 0.04), fold.log10CiHigh(), 1e-12);
    }

    @Test
    void noIntervalWhenOneSideHasNone() {
        Potency off = new Potency(Qualifier.EQUAL, -6, -6.3, -5.7, 1);
        Fold fold = Selectivity.fold(off, Potency.of(Qualifier.EQUAL, -8)).orElseThrow();
        assertFalse(fold.hasConfidenceInterval());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # replicates (nM)   | combined
            20; 30              | =24.4949
            20; 30; <100        | =24.4949
            <2; 8               | <4
            <1; <10             | <3.16228
            >10000; >10000      | >10000
            5; >10000           | >223.607
            <1; >10000          | undetermined
            """)
    void combinesReplicatesGeometrically(String replicates, String expected) {
        List<Potency> potencies = java.util.Arrays.stream(replicates.split(";"))
                .map(String::strip)
                .map(SelectivityTest::parse)
                .toList();
        Optional<Potency> combined = Selectivity.combine(potencies);
        if (expected.equals("undetermined")) {
            assertTrue(combined.isEmpty());
            return;
        }
        Potency p = combined.orElseThrow();
        assertEquals(parse(expected).qualifier(), p.qualifier());
        assertEquals(Math.pow(10, parse(expected).logIc50() - NM), Math.pow(10, p.logIc50() - NM), 1e-3);
        assertEquals(potencies.size(), p.curves());
        assertFalse(p.hasConfidenceInterval());
    }

    @Test
    void aSingleReplicateKeepsItsInterval() {
        Potency p = new Potency(Qualifier.EQUAL, -8, -8.2, -7.8, 1);
        assertEquals(Optional.of(p), Selectivity.combine(List.of(p)));
        assertTrue(Selectivity.combine(List.of()).isEmpty());
    }

    @Test
    void rejectsAnIntervalThatMissesTheEstimate() {
        assertThrows(IllegalArgumentException.class, () -> new Potency(Qualifier.EQUAL, -8, -7.9, -7.5, 1));
    }

    private static Potency parse(String text) {
        Qualifier q = Qualifier.EQUAL;
        String number = text;
        if (text.startsWith("<")) {
            q = Qualifier.LESS_THAN;
            number = text.substring(1);
        } else if (text.startsWith(">")) {
            q = Qualifier.GREATER_THAN;
            number = text.substring(1);
        } else if (text.startsWith("=")) {
            number = text.substring(1);
        }
        return nm(q, Double.parseDouble(number));
    }
}
