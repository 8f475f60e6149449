/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status, qualifier, reason and NCGC class of typical curves (duplicates, noise SD 2, fixed seed). */
class CurveVerdictTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # curve            | bottom | top | logIC50 | Hill | raw   | status   | qualifier | class | flag
            # full curve in the middle of the doses
            complete           | 0      | 100 | -7.0    | 1.0  | false | OK       | =         | 1.1   | -
            # a partial inhibitor: clean curve, 55 % efficacy
            partial_efficacy   | 0      | 55  | -7.0    | 1.0  | false | PARTIAL  | =         | 1.2   | asymptote_outside_window
            # weak compound: the upper plateau is not seen, so Top is fixed at the 100 % control and the midpoint lands
            # beyond the top dose
            weak               | 0      | 100 | -4.9    | 0.8  | false | PARTIAL  | >         | 2.2   | plateau_fixed_at_control
            # the same on raw signal (no controls to lean on): the free fit's midpoint, flagged partial
            weak_raw           | 0      | 100 | -4.9    | 0.8  | true  | PARTIAL  | =         | 2.1   | partial_curve
            # midpoint below the lowest dose: full effect everywhere, reported as < 0.5 nM (one plateau, > 80 %)
            below_range        | 0      | 100 | -9.8    | 1.5  | false | PARTIAL  | <         | 2.1   | ic50_below_range
            # midpoint just below the lowest dose but not flat there (TYK2 HF-007 of the sample panel): < 0.5 nM, and the
            # full effect it reaches makes it 2.1, not the 2.2 of a weak compound (the change over the doses is ~25 %)
            below_range_slope  | 0      | 100 | -9.82   | 1.0  | false | PARTIAL  | <         | 2.1   | ic50_below_range
            # lower plateau not reached, fixed at the 0 % control (TYK2 HF-002): one plateau, so 2.1, never 1.1
            bottom_unreached   | 0      | 100 | -9.1    | 1.1  | false | PARTIAL  | =         | 2.1   | plateau_fixed_at_control
            # no effect
            inactive           | 0      | 0   | -7.0    | 1.0  | false | INACTIVE | >         | 4     | inactive
            # raw signal: the upper plateau is not reached and no control anchors it
            unreached_plateau  | 0      | 100 | -5.5    | 1.0  | true  | PARTIAL  | =         | 2.1   | partial_curve
            # a step between two doses: the slope is not determined, so no interval is given
            very_steep         | 0      | 100 | -7.05   | 7.0  | false | AMBIGUOUS | =        | 1.1   | hill_out_of_range
            # falling curve (% activity)
            falling            | 100    | 0   | -7.0    | 1.0  | false | OK       | =         | 1.1   | -
            """)
    void judgesTypicalCurves(
            String name,
            double bottom,
            double top,
            double logIc50,
            double hill,
            boolean raw,
            CurveStatus status,
            String qualifier,
            String curveClass,
            String flag) {
        Random random = new Random(name.hashCode());
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = -5 - (i / 2) * Math.log10(3);
            y[i] = bottom + (top - bottom) / (1 + Math.pow(10, (logIc50 - x[i]) * hill)) + 2 * random.nextGaussian();
        }
        FitOptions options = raw ? FitOptions.RAW_SIGNAL : FitOptions.DEFAULT;
        CurveResult r = FourPlFitter.create().withOptions(options).fit(CurveData.of(x, y));
        String seen = name + " " + r.flags();
        assertEquals(status, r.status(), seen);
        assertEquals(qualifier, r.qualifier().symbol(), seen);
        assertEquals(curveClass, r.curveClass(), seen);
        assertTrue(flag.equals("-") ? r.flags().isEmpty() : r.flags().contains(flag), seen);
        assertEquals(
                r.qualifier() == Qualifier.EQUAL && r.status() != CurveStatus.AMBIGUOUS,
                r.hasConfidenceInterval(),
                seen);
    }

    /** Like Prism when the flat line is preferred: its level as Top = Bottom, no Hill slope and no midpoint. */
    @Test
    void anInactiveCurveReportsTheFlatLineNotTheSigmoid() {
        double[] x = FitEdgeCaseTest.doses();
        double[] y = {3, -4, 2, 5, -1, 0, 4, -3, 1, 2};

        CurveResult r = FourPlFitter.create().fit(CurveData.of(x, y));

        assertEquals(CurveStatus.INACTIVE, r.status());
        FourPlParameters p = r.parameters().orElseThrow();
        assertEquals(0.9, p.top(), 1e-12, "the mean response");
        assertEquals(p.top(), p.bottom());
        assertTrue(Double.isNaN(p.hillSlope()) && Double.isNaN(p.logIc50()), p::toString);
        assertEquals(0.9, p.valueAt(-7), 1e-12);
        assertEquals(4, r.details().orElseThrow().estimates().size(), "the sigmoid fit stays in the details");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // only the top dose responds: NCGC class 3
        "top_dose_only, 3",
    })
    void activityOnlyAtTheTopDoseIsClassThree(String name, String curveClass) {
        double[] x = FitEdgeCaseTest.doses();
        double[] y = {70, 4, -2, 1, 3, -1, 2, 0, -3, 1};
        assertEquals(curveClass, FourPlFitter.create().fit(CurveData.of(x, y)).curveClass(), name);
    }
}
