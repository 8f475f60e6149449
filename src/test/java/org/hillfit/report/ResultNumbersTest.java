/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.hillfit.plate.ConcentrationUnit;
import org.junit.jupiter.api.Test;

class ResultNumbersTest {

    @Property
    void storedTextIsWhatTheCsvAlwaysWrote(@ForAll @DoubleRange(min = -1e7, max = 1e7) @Scale(12) double value) {
        assertEquals(NumberText.significant(value, 4), ResultNumbers.text(ResultNumbers.significant(value)));
        assertEquals(NumberText.decimals(value, 3), ResultNumbers.text(ResultNumbers.decimals(value, 3)));
    }

    @Property
    void storedValueReadsBackFromItsText(@ForAll @DoubleRange(min = 1e-6, max = 1e7) @Scale(12) double value) {
        OptionalDouble stored = ResultNumbers.significant(value);
        assertEquals(stored.getAsDouble(), Double.parseDouble(ResultNumbers.text(stored)), 0.0);
    }

    @Test
    void anExactCurveHasEveryNumber() {
        ResultNumbers n = ResultNumbers.of(TestCurves.ok("TYK2", "X", 12.3456).result(), ConcentrationUnit.NANOMOLAR);
        assertEquals("=", n.qualifier());
        assertEquals(12.35, n.ic50().getAsDouble(), 0.0);
        // 10^(log10(12.3456) − 0.1) = 9.80644…
        assertEquals(9.806, n.ciLow().getAsDouble(), 0.0);
        // −log10(12.3456e−9) = 7.90849…
        assertEquals(7.908, n.pIc50().getAsDouble(), 0.0);
        assertEquals(1, n.hill().getAsDouble(), 0.0);
        assertEquals(0.995, n.r2().getAsDouble(), 0.0);
    }

    @Test
    void anInactiveCurveHasABoundAndNoInterval() {
        ResultNumbers n = ResultNumbers.of(TestCurves.inactive("JAK3", "X").result(), ConcentrationUnit.MICROMOLAR);
        assertEquals(">", n.qualifier());
        assertEquals(10, n.ic50().getAsDouble(), 0.0);
        assertTrue(n.ciLow().isEmpty());
        assertEquals("", ResultNumbers.text(n.ciHigh()));
    }
}
