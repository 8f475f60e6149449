/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * Gates derived from a plate's pooled scatter values, with no user input:
 *
 * <ol>
 *   <li><b>cells</b> (FSC × SSC rectangle): saturated events (at the top of {@code $PnR} or piled up at the largest
 *       value) are dropped; debris is cut at the density valley between the debris and cell populations of FSC (when
 *       the FSC histogram shows no such valley, nothing is cut but the lowest 0.5 %); SSC is kept within 4 robust
 *       SDs of the cells' median on a log scale.
 *   <li><b>singlets</b> (FSC-H / FSC-A ratio window): the median ratio of the cells ± 4 robust SDs (at least ± 5 %);
 *       doublets have about half the height per area and fall outside.
 * </ol>
 */
final class AutoGating {
    private static final int MIN_EVENTS = 100;
    private static final double ROBUST_SDS = 4;

    private AutoGating() {}

    /**
     * The automatic gates; fewer (or none) when the sample lacks the parameters or events, with a note saying so.
     */
    static List<Gate> derive(GatingSample sample, List<String> notes) {
        ScatterParameters scatter = sample.scatter();
        if (!scatter.hasCellParameters()) {
            notes.add("no FSC and SSC parameters found; statistics use every event, ungated");
            return List.of();
        }
        if (sample.size() < MIN_EVENTS) {
            notes.add("only " + sample.size() + " events on the plate; statistics use every event, ungated");
            return List.of();
        }
        List<Gate> gates = new ArrayList<>();
        RectangleGate cells = cells(sample, scatter);
        gates.add(cells);
        scatter.forwardHeight().ifPresent(h -> singlets(sample, cells, h, notes).ifPresent(gates::add));
        return gates;
    }

    private static RectangleGate cells(GatingSample sample, ScatterParameters scatter) {
        float[] fsc = sample.forward();
        float[] ssc = sample.side();
        double fscTop = ScatterDensity.saturationLimit(fsc, sample.forwardRange());
        double sscTop = ScatterDensity.saturationLimit(ssc, sample.sideRange());
        float[] candidates = new float[fsc.length];
        int n = 0;
        for (int e = 0; e < fsc.length; e++) {
            if (fsc[e] > 0 && fsc[e] < fscTop && ssc[e] > 0 && ssc[e] < sscTop) {
                candidates[n++] = fsc[e];
            }
        }
        double fscMin = ScatterDensity.debrisCut(FlowStatistics.sorted(java.util.Arrays.copyOf(candidates, n)));
        float[] logSide = new float[n];
        int m = 0;
        for (int e = 0; e < fsc.length; e++) {
            if (fsc[e] >= fscMin && fsc[e] < fscTop && ssc[e] > 0 && ssc[e] < sscTop) {
                logSide[m++] = (float) Math.log10(ssc[e]);
            }
        }
        float[] sorted = FlowStatistics.sorted(java.util.Arrays.copyOf(logSide, m));
        double median = FlowStatistics.median(sorted);
        double spread = ROBUST_SDS * Math.max(FlowStatistics.robustSd(sorted, median), 0.02);
        double sscMin = Math.pow(10, median - spread);
        double sscMax = Math.min(Math.pow(10, median + spread), sscTop);
        return new RectangleGate(
                "cells", scatter.forward().orElseThrow(), scatter.side().orElseThrow(), fscMin, fscTop, sscMin, sscMax);
    }

    private static java.util.Optional<Gate> singlets(
            GatingSample sample, RectangleGate cells, String height, List<String> notes) {
        float[] fsc = sample.forward();
        float[] ssc = sample.side();
        float[] fscH = sample.height();
        float[] ratios = new float[fsc.length];
        int n = 0;
        for (int e = 0; e < fsc.length; e++) {
            if (cells.contains(fsc[e], ssc[e]) && fsc[e] > 0 && !Float.isNaN(fscH[e])) {
                ratios[n++] = fscH[e] / fsc[e];
            }
        }
        if (n < MIN_EVENTS) {
            notes.add("too few cells (" + n + ") for a singlet gate; doublets are not excluded");
            return java.util.Optional.empty();
        }
        float[] sorted = FlowStatistics.sorted(java.util.Arrays.copyOf(ratios, n));
        double median = FlowStatistics.median(sorted);
        double half = Math.max(ROBUST_SDS * FlowStatistics.robustSd(sorted, median), 0.05 * median);
        return java.util.Optional.of(
                new RatioGate("singlets", height, cells.xParameter(), Math.max(0, median - half), median + half));
    }
}
