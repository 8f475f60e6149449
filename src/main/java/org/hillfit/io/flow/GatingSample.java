/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.Arrays;
import java.util.Optional;

/**
 * Scatter values pooled from every well of a plate (an evenly spaced subset of each well's events), from which the
 * automatic gates are derived so that one gate serves the whole plate. Not thread-safe.
 */
final class GatingSample {
    private final ScatterParameters scatter;
    private final int perWell;
    private float[] forward = new float[1024];
    private float[] side = new float[1024];
    private float[] height = new float[1024];
    private int size;
    private double forwardRange = Double.NaN;
    private double sideRange = Double.NaN;

    /**
     * @param scatter the parameters to pool
     * @param perWell most events taken from one well
     */
    GatingSample(ScatterParameters scatter, int perWell) {
        this.scatter = scatter;
        this.perWell = perWell;
    }

    /** Adds an evenly spaced subset of a well's events; wells lacking the scatter parameters are skipped. */
    void add(FcsDataset dataset) {
        Optional<Integer> f = scatter.forward().flatMap(dataset::indexOf);
        Optional<Integer> s = scatter.side().flatMap(dataset::indexOf);
        Optional<Integer> h = scatter.forwardHeight().flatMap(dataset::indexOf);
        if (f.isEmpty() || s.isEmpty()) {
            return;
        }
        forwardRange = dataset.parameters().get(f.get()).range();
        sideRange = dataset.parameters().get(s.get()).range();
        int n = dataset.eventCount();
        int step = Math.max(1, (n + perWell - 1) / perWell);
        for (int e = 0; e < n; e += step) {
            grow();
            forward[size] = dataset.value(f.get(), e);
            side[size] = dataset.value(s.get(), e);
            height[size] = h.isPresent() ? dataset.value(h.get(), e) : Float.NaN;
            size++;
        }
    }

    private void grow() {
        if (size == forward.length) {
            forward = Arrays.copyOf(forward, size * 2);
            side = Arrays.copyOf(side, size * 2);
            height = Arrays.copyOf(height, size * 2);
        }
    }

    int size() {
        return size;
    }

    ScatterParameters scatter() {
        return scatter;
    }

    float[] forward() {
        return Arrays.copyOf(forward, size);
    }

    float[] side() {
        return Arrays.copyOf(side, size);
    }

    float[] height() {
        return Arrays.copyOf(height, size);
    }

    /** {@code $PnR} of the FSC parameter (NaN when unknown). */
    double forwardRange() {
        return forwardRange;
    }

    /** {@code $PnR} of the SSC parameter (NaN when unknown). */
    double sideRange() {
        return sideRange;
    }
}
