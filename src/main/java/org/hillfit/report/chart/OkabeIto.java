/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe–Ito palette (Okabe &amp; Ito 2008), distinguishable with every common colour-vision deficiency. Series
 * take the colours in {@link #SERIES} order; yellow is left out because it vanishes on white.
 */
public final class OkabeIto {
    /** Blue #0072B2. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Vermillion #D55E00. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Bluish green #009E73. */
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    /** Reddish purple #CC79A7. */
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** Orange #E69F00. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Sky blue #56B4E9. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Yellow #F0E442 (not used for series: too pale on white). */
    public static final Color YELLOW = new Color(0xF0E442);
    /** Black. */
    public static final Color BLACK = Color.BLACK;

    /** Series colours in order of use. */
    public static final List<Color> SERIES =
            List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK);

    private OkabeIto() {}

    /** The colour of series {@code index} (cycling). */
    public static Color series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    /** The colour with an alpha (0–255), for shaded bands. */
    public static Color translucent(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }
}
