/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.flow;

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
 * The sample IL-12 → pSTAT4 plate (NK-92 cells, 96 wells): column 1 unstimulated cells (the inhibitor control,
 * 100 % inhibition), column 12 IL-12-stimulated cells with vehicle (neutral, 0 %), columns 2–11 one compound each
 * at eight 4-fold doses from 10 µM (row A) down to 0.61 nM (row H). The true cellular IC50s are listed here and in
 * the sample's README.
 */
public final class PstatPlateDesign {
    /** Doses per compound (rows A–H). */
    public static final int DOSES = 8;
    /** Highest dose in nM. */
    public static final double TOP_NM = 10_000;
    /** Dilution factor between doses. */
    public static final double FOLD = 4;
    /** The plate's name ($PLATENAME / PLATE NAME). */
    public static final String PLATE = "pSTAT4-P1";
    /** A sample well whose cells mostly clogged the probe: too few events. */
    public static final WellId LOW_EVENT_WELL = WellId.parse("F05");

    private PstatPlateDesign() {}

    /**
     * One compound's true effect.
     *
     * @param compound name
     * @param ic50Nm cellular IC50 in nM
     * @param hill Hill slope of % inhibition
     */
    public record Truth(String compound, double ic50Nm, double hill) {
        /** % inhibition at a dose in nM. */
        public double inhibitionAt(double doseNm) {
            return 100 / (1 + StrictMath.pow(10, (StrictMath.log10(ic50Nm) - StrictMath.log10(doseNm)) * hill));
        }
    }

    /** The compounds of columns 2–11, in column order. */
    public static List<Truth> truths() {
        return List.of(
                new Truth("HF-001", 25, 1.0),
                new Truth("HF-002", 8, 1.1),
                new Truth("HF-003", 350, 1.0),
                new Truth("HF-004", 120, 0.9),
                new Truth("HF-005", 45, 1.4),
                new Truth("HF-006", 900, 1.0),
                new Truth("HF-007", 4, 1.0),
                new Truth("HF-009", 180, 2.0),
                new Truth("HF-014", 30, 1.0),
                new Truth("HF-015", 15, 1.0));
    }

    /** Dose of row {@code r} (0 = A) in nM, as written in the layout (4 significant digits). */
    public static double doseNm(int row) {
        double nm = TOP_NM / StrictMath.pow(FOLD, row);
        return new java.math.BigDecimal(nm).round(new java.math.MathContext(4)).doubleValue();
    }

    /** The plate layout. */
    public static PlateLayout layout() {
        Map<WellId, WellContent> wells = new LinkedHashMap<>();
        List<Truth> truths = truths();
        for (int row = 0; row < 8; row++) {
            wells.put(new WellId(row, 1), WellContent.of(WellRole.INHIBITOR));
            for (int c = 0; c < truths.size(); c++) {
                wells.put(
                        new WellId(row, c + 2),
                        WellContent.sample(
                                truths.get(c).compound(), new Concentration(doseNm(row), ConcentrationUnit.NANOMOLAR)));
            }
            wells.put(new WellId(row, 12), WellContent.of(WellRole.NEUTRAL));
        }
        return new PlateLayout(wells);
    }

    /** % inhibition of pSTAT4 signalling in a well (100 for unstimulated cells, 0 for stimulated vehicle). */
    public static double inhibition(WellId well) {
        if (well.column() == 1) {
            return 100;
        }
        if (well.column() == 12) {
            return 0;
        }
        return truths().get(well.column() - 2).inhibitionAt(doseNm(well.rowIndex()));
    }
}
