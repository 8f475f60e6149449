/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/** Applies a {@link ControlOutlierRule} to the control groups of a plate. */
public final class ControlOutlierDetector {
    /** Scales the mean absolute deviation to the SD of a normal distribution (√(π/2)). */
    static final double MEAN_AD_TO_SD = 1.2533;

    private ControlOutlierDetector() {}

    /**
     * The outliers of one control group.
     *
     * @param values readouts of the group's usable wells (no value-less or masked wells), in plate order
     */
    public static List<ControlOutlier> find(Map<WellId, Double> values, WellRole role, ControlOutlierRule rule) {
        if (values.size() < rule.minimumGroupSize()) {
            return List.of();
        }
        double[] v = values.values().stream().mapToDouble(Double::doubleValue).toArray();
        double median = Statistics.median(v);
        double scale = robustScale(v, median);
        if (!(scale > 0)) {
            return List.of();
        }
        List<ControlOutlier> outliers = new ArrayList<>();
        values.forEach((well, x) -> {
            double z = (x - median) / scale;
            if (Math.abs(z) > rule.robustZLimit()) {
                outliers.add(new ControlOutlier(well, role, x, z, rule.mask()));
            }
        });
        return outliers;
    }

    /** 1.4826 × MAD, or 1.2533 × mean absolute deviation from the median when the MAD is 0. */
    static double robustScale(double[] v, double median) {
        double[] dev = new double[v.length];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            dev[i] = Math.abs(v[i] - median);
            sum += dev[i];
        }
        double mad = Statistics.median(dev);
        return mad > 0 ? Statistics.MAD_TO_SD * mad : MEAN_AD_TO_SD * sum / v.length;
    }
}
