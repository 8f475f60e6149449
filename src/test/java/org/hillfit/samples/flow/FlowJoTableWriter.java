/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes simulated wells as a FlowJo 10 table export (CSV) of the single-cell gate, computed from the simulation's
 * own population labels and compensated values (not with Hillfit's gating): count, % pSTAT4+ above the 99th
 * percentile of the unstimulated (column 1) singlets, and the median compensated PE-A; then Mean and SD rows.
 */
public final class FlowJoTableWriter {
    static final String COUNT = "Cells/Single Cells | Count";
    static final String POSITIVE = "Cells/Single Cells/pSTAT4+ | Freq. of Parent";
    static final String MEDIAN = "Cells/Single Cells | Median (Comp-PE-A :: pSTAT4)";

    private FlowJoTableWriter() {}

    /** The CSV text. */
    public static String write(List<SimulatedPstatWell> wells) {
        double threshold = unstimulatedPercentile(wells, 0.99);
        StringBuilder s = new StringBuilder(",")
                .append(COUNT)
                .append(',')
                .append(POSITIVE)
                .append(',')
                .append(MEDIAN)
                .append(",WELL ID,PLATE NAME\n");
        List<double[]> rows = new ArrayList<>();
        for (SimulatedPstatWell well : wells) {
            double[] pe = singletPe(well);
            Arrays.sort(pe);
            double positive =
                    100.0 * Arrays.stream(pe).filter(v -> v > threshold).count() / pe.length;
            double median = pe.length % 2 == 1 ? pe[pe.length / 2] : (pe[pe.length / 2 - 1] + pe[pe.length / 2]) / 2;
            rows.add(new double[] {pe.length, positive, median});
            s.append(PstatSamplePlate.fileName(well.well()))
                    .append(',')
                    .append(pe.length)
                    .append(',')
                    .append(format(positive))
                    .append(',')
                    .append(format(median))
                    .append(',')
                    .append(well.well().label())
                    .append(',')
                    .append(PstatPlateDesign.PLATE)
                    .append('\n');
        }
        s.append("Mean");
        for (int c = 0; c < 3; c++) {
            s.append(',').append(format(mean(rows, c)));
        }
        s.append(",,\nSD");
        for (int c = 0; c < 3; c++) {
            s.append(',').append(format(sd(rows, c)));
        }
        return s.append(",,\n").toString();
    }

    private static double[] singletPe(SimulatedPstatWell well) {
        List<Double> values = new ArrayList<>();
        for (int e = 0; e < well.singlet().length; e++) {
            if (well.singlet()[e]) {
                values.add(well.truePe()[e]);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double unstimulatedPercentile(List<SimulatedPstatWell> wells, double q) {
        double[] pooled = wells.stream()
                .filter(w -> w.well().column() == 1)
                .flatMapToDouble(w -> Arrays.stream(singletPe(w)))
                .sorted()
                .toArray();
        double h = (pooled.length - 1) * q;
        int lo = (int) Math.floor(h);
        return pooled[lo] + (h - lo) * (pooled[Math.min(lo + 1, pooled.length - 1)] - pooled[lo]);
    }

    private static double mean(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).average().orElse(Double.NaN);
    }

    private static double sd(List<double[]> rows, int c) {
        double m = mean(rows, c);
        double ss = rows.stream().mapToDouble(r -> (r[c] - m) * (r[c] - m)).sum();
        return Math.sqrt(ss / (rows.size() - 1));
    }

    /** FlowJo's style: up to three decimals, no trailing zeros. */
    private static String format(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3f", v))
                .stripTrailingZeros()
                .toPlainString();
    }
}
