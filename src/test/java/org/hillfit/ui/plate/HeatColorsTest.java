/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The heat-map ramp runs from Okabe–Ito blue through near-white to vermillion; no value is grey. */
class HeatColorsTest {

    @ParameterizedTest
    @CsvSource({
        // position, colour
        "0, #0072B2", // low end: blue
        "0.5, #F5F5F2", // centre: near-white
        "1, #D55E00", // high end: vermillion
        "-3, #0072B2", // clamped below
        "7, #D55E00", // clamped above
        "NaN, #D9D9D9" // no value
    })
    void mapsPositionsToColours(double position, String colour) {
        assertEquals(Color.web(colour), HeatColors.at(position));
    }
}
