/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hillfit.io.layout.ControlBand;
import org.hillfit.io.layout.DilutionRule;
import org.hillfit.io.layout.DoseSteps;
import org.hillfit.io.layout.ReplicatePattern;
import org.hillfit.io.layout.SeriesDirection;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * A 384-well TR-FRET plate that should not pass review, for {@code sample-plates/difficult.matrix.csv}: the panel's
 * design and TYK2 potencies, but 8 % well-to-well noise on the ratio, an edge effect (the outer ring's kinase
 * activity, and so its ratio, 20 % lower: a temperature gradient; the donor is unaffected, so the ratio does not
 * correct it), two control outliers (neutral D02 at an inhibited ratio, as if the enzyme was not dispensed;
 * inhibitor M23 at full signal, as if the reference inhibitor was not dispensed), and three sample wells whose
 * acceptor saturated ({@code OVRFLW}: C05, H12, K17). Together they drive Z' below 0.
 *
 * @param plate simulated counts
 * @param overflow wells written as OVRFLW in the acceptor grid
 */
public record DifficultPlate(SimulatedTrFretPlate plate, Set<WellId> overflow) {
    /** Seed of the simulation. */
    static final long SEED = 20_261_201L;
    /** Relative ratio loss of the outer ring. */
    static final double EDGE_LOSS = 0.2;
    /** The neutral control that behaves like an inhibitor. */
    public static final WellId NEUTRAL_OUTLIER = WellId.parse("D02");
    /** The inhibitor control that behaves like a neutral. */
    public static final WellId INHIBITOR_OUTLIER = WellId.parse("M23");
    /** Sample wells with a saturated acceptor. */
    public static final Set<WellId> OVERFLOW = Set.of(WellId.parse("C05"), WellId.parse("H12"), WellId.parse("K17"));

    /** The layout: the panel's design, as a dilution rule. */
    public static DilutionRule rule() {
        return new DilutionRule(
                PlateFormat.WELLS_384,
                PanelDesign.compounds(),
                new DoseSteps(
                        new Concentration(PanelDesign.TOP_NM, ConcentrationUnit.NANOMOLAR),
                        PanelDesign.FOLD,
                        PanelDesign.DOSES,
                        DoseSteps.DEFAULT_DIGITS),
                SeriesDirection.ALONG_ROWS,
                new DilutionRule.Replicates(2, ReplicatePattern.ADJACENT_WELLS),
                List.of(
                        ControlBand.parse(WellRole.NEUTRAL, "columns 1-2"),
                        ControlBand.parse(WellRole.INHIBITOR, "columns 23-24")));
    }

    /** Simulates the plate. */
    public static DifficultPlate simulate() {
        PlateFormat format = PlateFormat.WELLS_384;
        PlateLayout layout = rule().layout();
        var truths = PanelDesign.truths().get("TYK2");
        Random random = new Random(SEED);
        long[] acceptor = new long[format.wellCount()];
        long[] donor = new long[format.wellCount()];
        for (int i = 0; i < format.wellCount(); i++) {
            WellId well = format.wellAt(i);
            WellContent content = layout.content(well);
            double inhibition =
                    switch (content.role()) {
                        case INHIBITOR -> 100;
                        case SAMPLE ->
                            truths.get(content.compound().orElseThrow())
                                    .inhibitionAt(content.concentration()
                                            .orElseThrow()
                                            .value());
                        default -> 0;
                    };
            if (well.equals(NEUTRAL_OUTLIER)) {
                inhibition = 85;
            } else if (well.equals(INHIBITOR_OUTLIER)) {
                inhibition = 5;
            }
            double ratio = SimulatedTrFretPlate.RATIO_NEUTRAL
                    - (SimulatedTrFretPlate.RATIO_NEUTRAL - SimulatedTrFretPlate.RATIO_INHIBITED) * inhibition / 100;
            ratio *= 1 + 0.08 * random.nextGaussian();
            if (isEdge(well, format)) {
                ratio *= 1 - EDGE_LOSS;
            }
            double donorCounts = 24_000 * (1 + 0.03 * random.nextGaussian());
            donor[i] = Math.round(donorCounts);
            acceptor[i] = Math.round(ratio * donorCounts / 10_000);
        }
        return new DifficultPlate(new SimulatedTrFretPlate(acceptor, donor), OVERFLOW);
    }

    private static boolean isEdge(WellId well, PlateFormat format) {
        return well.rowIndex() == 0
                || well.rowIndex() == format.rows() - 1
                || well.column() == 1
                || well.column() == format.columns();
    }
}
