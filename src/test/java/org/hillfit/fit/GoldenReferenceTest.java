/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against independent reference fits (SciPy MINPACK and R minpack.lm, see {@code
 * reference/README.md}): on well-posed curves LogIC50 agrees to 1e-4 and the other parameters closely; on the others
 * our sum of squares is not higher than the reference's (we found at least as good a minimum).
 */
class GoldenReferenceTest {

    /** One row of {@code reference/fits.csv}. */
    record Case(
            String name,
            String model,
            String bottom,
            String top,
            String hill,
            String weighting,
            boolean wellPosed,
            double[] x,
            double[] y,
            double[] reference,
            double referenceSs) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in =
                Objects.requireNonNull(GoldenReferenceTest.class.getResourceAsStream("reference/fits.csv"))) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("case,")) {
                    continue;
                }
                String[] c = line.split(",", -1);
                cases.add(new Case(
                        c[0],
                        c[1],
                        c[2],
                        c[3],
                        c[4],
                        c[5],
                        Boolean.parseBoolean(c[6]),
                        numbers(c[7]),
                        numbers(c[8]),
                        new double[] {
                            Double.parseDouble(c[9]),
                            Double.parseDouble(c[10]),
                            Double.parseDouble(c[11]),
                            Double.parseDouble(c[12]),
                            Double.parseDouble(c[13])
                        },
                        Double.parseDouble(c[14])));
            }
        }
        return cases.stream();
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.trim().split(" "))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    /** The reference's model and constraints; no control window, so no anchored re-fit: the least squares alone. */
    static FitOptions options(Case c) {
        return FitOptions.RAW_SIGNAL.toBuilder()
                .model(c.model().equals("5pl") ? CurveModel.FIVE_PL : CurveModel.FOUR_PL)
                .bottom(constraint(c.bottom()))
                .top(constraint(c.top()))
                .hill(constraint(c.hill()))
                .weighting(
                        switch (c.weighting()) {
                            case "1/y2" -> Weighting.INVERSE_Y_SQUARED;
                            case "1/y" -> Weighting.INVERSE_Y;
                            default -> Weighting.NONE;
                        })
                .build();
    }

    private static ParameterConstraint constraint(String text) {
        if (text.equals("free")) {
            return ParameterConstraint.free();
        }
        double v = Double.parseDouble(text.substring(text.indexOf(':') + 1));
        return switch (text.substring(0, text.indexOf(':'))) {
            case "fixed" -> ParameterConstraint.fixed(v);
            case "min" -> ParameterConstraint.atLeast(v);
            default -> ParameterConstraint.atMost(v);
        };
    }

    private static FitSummary fit(Case c) {
        CurveResult result = FourPlFitter.create().withOptions(options(c)).fit(CurveData.of(c.x(), c.y()));
        return result.details().orElseThrow(() -> new AssertionError(c.name() + ": no fit " + result.flags()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wellPosedCurvesAgreeWithTheReference(Case c) {
        if (!c.wellPosed()) {
            return;
        }
        FitSummary fit = fit(c);
        double logIc50 = fit.estimate("LogIC50").orElseThrow().value();
        assertEquals(c.reference()[2], logIc50, 1e-4, c.name() + " LogIC50");
        double span = Math.abs(c.reference()[1] - c.reference()[0]);
        assertEquals(c.reference()[0], fit.estimate("Bottom").orElseThrow().value(), 1e-4 * span, c.name() + " Bottom");
        assertEquals(c.reference()[1], fit.estimate("Top").orElseThrow().value(), 1e-4 * span, c.name() + " Top");
        assertEquals(c.reference()[3], fit.estimate("HillSlope").orElseThrow().value(), 1e-4, c.name() + " Hill");
        if (c.weighting().equals("none")) {
            assertEquals(c.referenceSs(), fit.sumOfSquares(), 1e-7 * c.referenceSs() + 1e-9, c.name() + " SS");
        }
    }

    /** R's minpack.lm::nlsLM on the same curves ({@code reference/fits_r.csv}): LogIC50 and SS per case. */
    static Stream<Object[]> rCases() throws IOException {
        Map<String, Case> byName = cases().collect(Collectors.toMap(Case::name, c -> c));
        List<Object[]> rows = new ArrayList<>();
        try (InputStream in =
                Objects.requireNonNull(GoldenReferenceTest.class.getResourceAsStream("reference/fits_r.csv"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("case,")) {
                    continue;
                }
                String[] c = line.split(",", -1);
                rows.add(new Object[] {byName.get(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2])});
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rCases")
    void agreesWithRWhereWellPosedAndIsNeverWorse(Case c, double rLogIc50, double rSs) {
        FitSummary fit = fit(c);
        if (c.wellPosed()) {
            assertEquals(rLogIc50, fit.estimate("LogIC50").orElseThrow().value(), 1e-4, c.name() + " LogIC50 vs R");
        }
        assertTrue(
                fit.sumOfSquares() <= rSs * (1 + 1e-9) + 1e-9,
                c.name() + ": SS " + fit.sumOfSquares() + " above R's " + rSs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyUnweightedFitIsAtLeastAsGoodAsTheReference(Case c) {
        if (!c.weighting().equals("none")) {
            return;
        }
        FitSummary fit = fit(c);
        assertTrue(
                fit.sumOfSquares() <= c.referenceSs() * (1 + 1e-9) + 1e-9,
                c.name() + ": SS " + fit.sumOfSquares() + " above the reference's " + c.referenceSs());
    }
}
