/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * The sample TR-FRET kinase panel: 384-well plates, one compound per row (A–P), ten 3-fold doses from 10 µM in
 * duplicate (columns 3–22, adjacent wells), DMSO neutral controls in columns 1–2 and a saturating reference
 * inhibitor in columns 23–24. The true potencies per target are the ones the README of sample-plates lists.
 */
public final class PanelDesign {
    /** Targets of the panel, TYK2 first (the primary assay). */
    public static final List<String> TARGETS = List.of("TYK2", "JAK1", "JAK2", "JAK3");
    /** Doses per compound. */
    public static final int DOSES = 10;
    /** Highest dose in nM. */
    public static final double TOP_NM = 10_000;
    /** Dilution factor between doses. */
    public static final double FOLD = 3;

    private PanelDesign() {}

    /**
     * One compound's true curve on one target.
     *
     * @param ic50Nm midpoint in nM (may lie outside the tested range)
     * @param hill Hill slope on the % inhibition scale
     * @param efficacy top of the % inhibition curve (100 for full inhibitors)
     */
    public record Truth(double ic50Nm, double hill, double efficacy) {
        /** % inhibition at a dose in nM. */
        public double inhibitionAt(double doseNm) {
            if (efficacy == 0) {
                return 0;
            }
            return efficacy / (1 + Math.pow(10, (Math.log10(ic50Nm) - Math.log10(doseNm)) * hill));
        }
    }

    /** Compound names, row A first. */
    public static List<String> compounds() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            names.add(String.format("HF-%03d", i));
        }
        return names;
    }

    /** True curves by target then compound. Efficacy 0 means inactive. */
    public static Map<String, Map<String, Truth>> truths() {
        // ic50 nM per target: TYK2, JAK1, JAK2, JAK3; then hill, efficacy (applies to all targets)
        double[][] table = {
            {2.0, 150, 800, 0, 1.0, 100}, // HF-001 TYK2-selective
            {0.8, 2000, 0, 0, 1.1, 100}, // HF-002 highly TYK2-selective (allosteric-like)
            {40, 3, 5, 1.5, 1.0, 100}, // HF-003 pan-JAK
            {25, 60, 250, 900, 0.9, 100}, // HF-004 weakly selective
            {5, 400, 2000, 0, 1.4, 100}, // HF-005 selective, steeper
            {120, 300, 300, 500, 1.0, 100}, // HF-006 weak, non-selective
            {0.15, 3, 40, 200, 1.0, 100}, // HF-007 very potent: below the tested range on TYK2
            {0, 0, 0, 0, 1.0, 0}, // HF-008 inactive everywhere
            {15, 15, 15, 15, 2.5, 100}, // HF-009 steep
            {60, 600, 3000, 0, 0.6, 100}, // HF-010 shallow
            {9, 90, 400, 4000, 1.0, 55}, // HF-011 partial inhibitor (55 % efficacy)
            {6000, 0, 0, 0, 1.0, 100}, // HF-012 weak: top dose barely covers it
            {30000, 0, 0, 0, 1.0, 100}, // HF-013 above the tested range
            {3, 3, 3000, 0, 1.0, 100}, // HF-014 TYK2/JAK1 dual
            {1.0, 800, 0, 0, 1.0, 100}, // HF-015 selective
            {200, 20, 50, 400, 1.2, 100}, // HF-016 JAK1-preferring
        };
        Map<String, Map<String, Truth>> truths = new LinkedHashMap<>();
        List<String> compounds = compounds();
        for (int t = 0; t < TARGETS.size(); t++) {
            Map<String, Truth> byCompound = new LinkedHashMap<>();
            for (int c = 0; c < compounds.size(); c++) {
                double ic50 = table[c][t];
                double efficacy = ic50 == 0 ? 0 : table[c][5];
                byCompound.put(compounds.get(c), new Truth(ic50 == 0 ? 1e9 : ic50, table[c][4], efficacy));
            }
            truths.put(TARGETS.get(t), byCompound);
        }
        return truths;
    }

    /** Dose i (0 = highest) in nM. */
    public static double doseNm(int i) {
        return TOP_NM / Math.pow(FOLD, i);
    }

    /** The layout shared by every plate of the panel. */
    public static PlateLayout layout() {
        Map<WellId, WellContent> wells = new LinkedHashMap<>();
        List<String> compounds = compounds();
        for (int row = 0; row < 16; row++) {
            wells.put(new WellId(row, 1), WellContent.of(WellRole.NEUTRAL));
            wells.put(new WellId(row, 2), WellContent.of(WellRole.NEUTRAL));
            wells.put(new WellId(row, 23), WellContent.of(WellRole.INHIBITOR));
            wells.put(new WellId(row, 24), WellContent.of(WellRole.INHIBITOR));
            for (int d = 0; d < DOSES; d++) {
                Concentration dose = new Concentration(round(doseNm(d)), ConcentrationUnit.NANOMOLAR);
                for (int rep = 0; rep < 2; rep++) {
                    wells.put(new WellId(row, 3 + 2 * d + rep), WellContent.sample(compounds.get(row), dose));
                }
            }
        }
        return new PlateLayout(wells);
    }

    /** Doses as written in the layout: 4 significant digits, like a dilution sheet. */
    static double round(double nm) {
        return new java.math.BigDecimal(nm).round(new java.math.MathContext(4)).doubleValue();
    }
}
