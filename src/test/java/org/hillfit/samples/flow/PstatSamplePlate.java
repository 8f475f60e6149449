/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.flow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;
import org.hillfit.samples.LayoutCsvWriter;

/**
 * The committed sample {@code sample-plates/pstat4/}: 96 FCS 3.1 files as a BD plate loader names them
 * ({@code fcs/Specimen_001_B3_B03.fcs}), {@code layout.csv}, a FlowJo-style {@code flowjo-table.csv} of the same
 * events, and a README with the true IC50s. Deterministic for the seed.
 */
public final class PstatSamplePlate {
    /** Seed of the plate; each well adds its index. */
    public static final long SEED = 20_261_126L;

    private PstatSamplePlate() {}

    /** The simulated wells, row-major (A01, A02, …). */
    public static List<SimulatedPstatWell> wells() {
        List<SimulatedPstatWell> wells = new ArrayList<>();
        Random counts = new Random(SEED);
        for (WellId well : PlateFormat.WELLS_96.wells()) {
            int events = 1_400 + counts.nextInt(201);
            if (well.equals(PstatPlateDesign.LOW_EVENT_WELL)) {
                events = 170;
            }
            int index = PlateFormat.WELLS_96.indexOf(well);
            wells.add(SimulatedPstatWell.simulate(well, PstatPlateDesign.inhibition(well), events, SEED + index));
        }
        return wells;
    }

    /** Path (relative to {@code sample-plates/}) → content. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<SimulatedPstatWell> wells = wells();
        for (SimulatedPstatWell well : wells) {
            files.put("pstat4/fcs/" + fileName(well.well()), fcs(well).toBytes());
        }
        files.put("pstat4/layout.csv", utf8(LayoutCsvWriter.write(PstatPlateDesign.layout())));
        files.put("pstat4/flowjo-table.csv", utf8(FlowJoTableWriter.write(wells)));
        files.put("pstat4/README.md", utf8(readme()));
        return files;
    }

    /** The BD DIVA file name of a well: {@code Specimen_001_B3_B03.fcs}. */
    public static String fileName(WellId well) {
        return "Specimen_001_" + well.compactLabel() + "_" + well.label() + ".fcs";
    }

    /** The FCS file of one well, with DIVA-like keywords and the spillover matrix. */
    public static FcsWriter fcs(SimulatedPstatWell well) {
        WellId id = well.well();
        return FcsWriter.fcs31()
                .parameter(FcsWriter.Parameter.floating("FSC-A", ""))
                .parameter(FcsWriter.Parameter.floating("FSC-H", ""))
                .parameter(FcsWriter.Parameter.floating("SSC-A", ""))
                .parameter(FcsWriter.Parameter.floating("FITC-A", "CD56"))
                .parameter(FcsWriter.Parameter.floating("PE-A", "pSTAT4"))
                .parameter(FcsWriter.Parameter.floating("Time", ""))
                .events(well.raw())
                .keyword("$CYT", "LSRFortessa (simulated)")
                .keyword("CREATOR", "Hillfit sample generator")
                .keyword("$DATE", "26-NOV-2026")
                .keyword("$BTIM", String.format(Locale.ROOT, "10:%02d:%02d", id.rowIndex() * 7, id.column() * 4))
                .keyword("$TIMESTEP", "0.01")
                .keyword("$SRC", "Specimen_001")
                .keyword("$FIL", fileName(id))
                .keyword("TUBE NAME", id.compactLabel())
                .keyword("WELL ID", id.label())
                .keyword("PLATE NAME", PstatPlateDesign.PLATE)
                .keyword("$SPILLOVER", SimulatedPstatWell.SPILLOVER);
    }

    private static String readme() {
        StringBuilder s = new StringBuilder();
        s.append("# Sample plate: IL-12 → pSTAT4 in NK-92 cells (flow cytometry)\n\n")
                .append("Simulated by `org.hillfit.samples.flow.PstatSamplePlate` (seed ")
                .append(SEED)
                .append("); regenerate with `SamplePlateGenerator`, never edit by hand.\n\n")
                .append("- `fcs/`: 96 FCS 3.1 files, one per well, named like a BD plate loader names them")
                .append(" (`Specimen_001_B3_B03.fcs`), float32 big-endian, ~1,500 events each, parameters FSC-A,")
                .append(" FSC-H, SSC-A, FITC-A (CD56), PE-A (pSTAT4), Time; keywords `WELL ID`, `PLATE NAME`,")
                .append(" `$SPILLOVER` (FITC→PE 18 %, PE→FITC 1 %). Events: 76 % single cells, 14 % debris,")
                .append(" 8 % doublets, 2 % saturated. Well ")
                .append(PstatPlateDesign.LOW_EVENT_WELL)
                .append(" has only 170 events (a clogged probe), so it is flagged `low_events`.\n")
                .append("- `layout.csv`: column 1 unstimulated cells (inhibitor control, 100 % inhibition), column 12")
                .append(" stimulated + vehicle (neutral, 0 %), columns 2–11 one compound each, 8 doses down the")
                .append(" rows, 4-fold from 10 µM (row A) to 0.61 nM (row H).\n")
                .append("- `flowjo-table.csv`: the same events as a FlowJo 10 table export of the single-cell gate")
                .append(" (count, median PE-A, % pSTAT4+ above the 99th percentile of the unstimulated wells),")
                .append(" with `Mean`/`SD` summary rows.\n\n")
                .append("The single cells' median pSTAT4 falls linearly with % inhibition from 4,000 (stimulated)")
                .append(" to 350 (unstimulated), 2.5 % well-to-well noise. True IC50s:\n\n")
                .append("| column | compound | IC50 (nM) | Hill slope |\n|---|---|---|---|\n");
        List<PstatPlateDesign.Truth> truths = PstatPlateDesign.truths();
        for (int c = 0; c < truths.size(); c++) {
            PstatPlateDesign.Truth t = truths.get(c);
            s.append("| ")
                    .append(c + 2)
                    .append(" | ")
                    .append(t.compound())
                    .append(" | ")
                    .append(plain(t.ic50Nm()))
                    .append(" | ")
                    .append(plain(t.hill()))
                    .append(" |\n");
        }
        s.append("\nTry it:\n\n```\n")
                .append("hillfit analyze sample-plates/pstat4/fcs --layout sample-plates/pstat4/layout.csv")
                .append(" --readout mfi --results-csv r.csv\n")
                .append(
                        "hillfit analyze sample-plates/pstat4/flowjo-table.csv --layout sample-plates/pstat4/layout.csv")
                .append(" --readout Median --results-csv r.csv\n")
                .append("hillfit convert sample-plates/pstat4/fcs -o tidy.csv\n```\n");
        return s.toString();
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
