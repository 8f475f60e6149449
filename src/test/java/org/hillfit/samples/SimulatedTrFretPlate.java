/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples;

import java.util.Random;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * Simulated raw counts of a TR-FRET kinase plate: donor (620 nm) around 24,000 counts with 3 % well-to-well
 * variation, acceptor (665 nm) = ratio × donor / 10,000 with the ratio falling from ~3,900 (DMSO) to ~450 (full
 * inhibition) and 3 % noise. Deterministic for a seed ({@link Random}'s algorithm is fixed by the JDK spec).
 *
 * @param acceptor counts per well, row-major, 0 for unused wells
 * @param donor counts per well, row-major
 */
public record SimulatedTrFretPlate(long[] acceptor, long[] donor) {
    static final double RATIO_NEUTRAL = 3900;
    static final double RATIO_INHIBITED = 450;

    /** Simulates a panel plate for one target. */
    public static SimulatedTrFretPlate simulate(String target, long seed) {
        return simulate(target, seed, 1);
    }

    /**
     * Simulates a panel plate whose every compound looks {@code shift} times weaker than its truth (a run-to-run
     * drift such as more enzyme, or a stock diluted {@code shift}-fold): the dose each well sees is divided by it.
     */
    public static SimulatedTrFretPlate simulate(String target, long seed, double shift) {
        PlateFormat format = PlateFormat.WELLS_384;
        PlateLayout layout = PanelDesign.layout();
        var truths = PanelDesign.truths().get(target);
        Random random = new Random(seed);
        long[] acceptor = new long[format.wellCount()];
        long[] donor = new long[format.wellCount()];
        for (int i = 0; i < format.wellCount(); i++) {
            WellId well = format.wellAt(i);
            WellContent content = layout.content(well);
            double inhibition =
                    switch (content.role()) {
                        case NEUTRAL -> 0;
                        case INHIBITOR -> 100;
                        case SAMPLE ->
                            truths.get(content.compound().orElseThrow())
                                    .inhibitionAt(content.concentration()
                                                    .orElseThrow()
                                                    .value()
                                            / shift);
                        default -> 0;
                    };
            double ratio = RATIO_NEUTRAL - (RATIO_NEUTRAL - RATIO_INHIBITED) * inhibition / 100;
            ratio *= 1 + 0.03 * random.nextGaussian();
            double donorCounts = 24_000 * (1 + 0.03 * random.nextGaussian());
            donor[i] = Math.round(donorCounts);
            acceptor[i] = content.role() == WellRole.EMPTY ? 0 : Math.round(ratio * donorCounts / 10_000);
        }
        return new SimulatedTrFretPlate(acceptor, donor);
    }
}
