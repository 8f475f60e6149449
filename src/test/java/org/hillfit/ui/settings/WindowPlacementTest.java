/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A remembered or default window placement is made to fit the screen it opens on. */
class WindowPlacementTest {

    @ParameterizedTest
    @CsvSource({
        // x,    y,    w,    h,    screen w, screen h, expected x, y, w, h
        // the 1280 x 800 default on a 1024 x 700 screen: shrunk, still centred by the window system
        "-1,   -1,   1280, 800,  1024, 700,  -1,   -1,   1024, 700",
        // fits already: unchanged
        "100,  50,   800,  600,  1920, 1080, 100,  50,   800,  600",
        // remembered on a larger screen, far right and low: moved back so all of it shows
        "1500, 900,  800,  600,  1920, 1080, 1120, 480,  800,  600",
        // remembered larger than this screen: shrunk and moved to the corner
        "300,  200,  1600, 1000, 1024, 700,  0,    0,    1024, 700",
    })
    void fitsTheScreen(
            double x,
            double y,
            double w,
            double h,
            double screenW,
            double screenH,
            double ex,
            double ey,
            double ew,
            double eh) {
        WindowPlacement fitted = new WindowPlacement(x, y, w, h, false).fittedTo(0, 0, screenW, screenH);

        assertEquals(new WindowPlacement(ex, ey, ew, eh, false), fitted);
    }

    @ParameterizedTest
    @CsvSource({
        // a second screen to the right of the first, with a 30-pixel panel at the top
        "3000, 10,   1920, 30,   1280, 1050, 1920, 30",
    })
    void keepsTheWindowOnAScreenThatDoesNotStartAtZero(
            double x, double y, double minX, double minY, double screenW, double screenH, double ex, double ey) {
        WindowPlacement fitted = new WindowPlacement(x, y, 1280, 800, true).fittedTo(minX, minY, screenW, screenH);

        assertEquals(new WindowPlacement(ex, ey, 1280, 800, true), fitted);
    }
}
