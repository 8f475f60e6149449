/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import javafx.scene.paint.Color;

/**
 * The heat maps' diverging colour ramp, from the Okabe–Ito blue (#0072B2) through near-white to the Okabe–Ito
 * vermillion (#D55E00): readable with every common colour-vision deficiency and in grey. Positions come from the
 * core's {@link org.hillfit.analysis.ColorScale} (0 = low end, 0.5 = centre, 1 = high end).
 */
public final class HeatColors {
    /** Stops at 0, 0.25, 0.5, 0.75 and 1, as RGB 0–255. */
    private static final int[][] STOPS = {
        {0x00, 0x72, 0xB2}, {0x8F, 0xC1, 0xE3}, {0xF5, 0xF5, 0xF2}, {0xF3, 0xB0, 0x7E}, {0xD5, 0x5E, 0x00}
    };

    /** The colour of wells without a value. */
    public static final Color NO_VALUE = Color.web("#D9D9D9");

    private HeatColors() {}

    /** The colour at a position (clamped to 0–1); {@link #NO_VALUE} for NaN. */
    public static Color at(double position) {
        if (Double.isNaN(position)) {
            return NO_VALUE;
        }
        double p = Math.max(0, Math.min(1, position)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(p));
        double f = p - i;
        int[] a = STOPS[i];
        int[] b = STOPS[i + 1];
        return Color.rgb(mix(a[0], b[0], f), mix(a[1], b[1], f), mix(a[2], b[2], f));
    }

    /** Dark text on light wells, white text on dark ones. */
    public static Color textOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 0.55 ? Color.web("#222222") : Color.WHITE;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
