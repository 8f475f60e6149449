/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.List;
import java.util.Optional;

/** Applies a list of gates to a dataset's events. */
final class Gating {
    private Gating() {}

    /**
     * Which events pass every gate, in order.
     *
     * @throws IllegalArgumentException naming the gate and parameter when the dataset lacks a gate's parameter
     */
    static boolean[] apply(FcsDataset dataset, List<Gate> gates) {
        boolean[] inside = new boolean[dataset.eventCount()];
        java.util.Arrays.fill(inside, true);
        for (Gate gate : gates) {
            float[] x = dataset.columnView(index(dataset, gate, gate.xParameter()));
            float[] y = dataset.columnView(index(dataset, gate, gate.yParameter()));
            for (int e = 0; e < inside.length; e++) {
                inside[e] = inside[e] && gate.contains(x[e], y[e]);
            }
        }
        return inside;
    }

    /** The number of true entries. */
    static int count(boolean[] inside) {
        int n = 0;
        for (boolean b : inside) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** The values of one parameter for the events inside, sorted. */
    static float[] sortedInside(FcsDataset dataset, int parameter, boolean[] inside, int count) {
        float[] column = dataset.columnView(parameter);
        float[] values = new float[count];
        int k = 0;
        for (int e = 0; e < inside.length; e++) {
            if (inside[e]) {
                values[k++] = column[e];
            }
        }
        java.util.Arrays.sort(values);
        return values;
    }

    private static int index(FcsDataset dataset, Gate gate, String parameter) {
        Optional<Integer> index = dataset.indexOf(parameter);
        return index.orElseThrow(() -> new IllegalArgumentException(
                "gate '" + gate.name() + "' uses parameter '" + parameter + "', which this file does not have"));
    }
}
