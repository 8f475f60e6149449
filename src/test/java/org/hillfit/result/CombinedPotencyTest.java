/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bounded averaging rule, with the cases of SCIENCE.md ("Replicates and comparisons"). */
class CombinedPotencyTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # replicate IC50s (nM) | combined (nM)   | rule
            # SCIENCE.md: both runs say "below", the tighter bound holds for the one true IC50
            <1; <10                | <1              | ALL_BELOW
            # SCIENCE.md: the bound is respected, so the exact values' geometric mean √(20·30) = 24.49
            # (SCIENCE.md's 25 is the arithmetic mean; Hillfit averages geometrically, as for pIC50)
            20; 30; <100           | =24.49          | WITHIN_BOUNDS
            # SCIENCE.md: 8 breaks <2, so "<" the geometric mean of 2 and 8 = √16 = 4 (arithmetic: <5)
            <2; 8                  | <4              | BELOW_BOUND_BROKEN
            # geometric mean of exact values: √(10·1000) = 100
            10; 1000               | =100            | ALL_EXACT
            # both runs inactive: the higher top dose is the tighter bound
            >1000; >10000          | >10000          | ALL_ABOVE
            # an exact value above a ">" bound respects it
            >10; 100               | =100            | WITHIN_BOUNDS
            # 5 nM breaks >10000: ">" the geometric mean √(5·10000) = 223.6
            5; >10000              | >223.6          | ABOVE_BOUND_BROKEN
            # "below 1" and "above 10" cannot both hold: no value
            <1; >10                | none            | CONFLICTING
            # "above 1" and "below 10": somewhere between, no single value claimed
            >1; <10                | none            | BRACKETED
            """)
    void combinesByTheBoundedRule(String replicates, String expected, AveragingRule rule) {
        List<Potency> potencies = Arrays.stream(replicates.split(";"))
                .map(ResultFixtures::potency)
                .toList();
        CombinedPotency combined = CombinedPotency.combine(potencies);
        assertEquals(rule, combined.rule());
        if (expected.equals("none")) {
            assertEquals(java.util.Optional.empty(), combined.value());
        } else {
            Potency want = ResultFixtures.potency(expected.replace("=", ""));
            Potency got = combined.value().orElseThrow();
            assertEquals(want.qualifier(), got.qualifier());
            assertEquals(want.nanomolar(), got.nanomolar(), 0.01);
        }
        assertEquals(potencies.size(), combined.n());
    }

    @ParameterizedTest
    @CsvSource({
        // pIC50s, SD of log10 IC50 (hand-computed), n exact
        // 7.0, 7.2, 6.9, 7.1: mean 7.05, squared deviations 0.0025+0.0225+0.0225+0.0025 = 0.05, s = √(0.05/3)
        "7.0;7.2;6.9;7.1, 0.1290994, 4",
        // one value: no SD
        "7.0, NaN, 1"
    })
    void reportsTheSdOfTheExactValues(String pic50s, double sd, int nExact) {
        List<Potency> potencies = Arrays.stream(pic50s.split(";"))
                .map(p -> Potency.exact(-Double.parseDouble(p)))
                .toList();
        CombinedPotency combined = CombinedPotency.combine(potencies);
        assertEquals(sd, combined.sdLog(), 1e-6);
        assertEquals(nExact, combined.nExact());
    }
}
