/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.settings;

/**
 * Where the main window was: position and size in screen pixels, and whether it was maximised.
 *
 * @param x left edge; negative to let the window system centre it
 * @param y top edge; negative to let the window system centre it
 * @param width width, at least 640
 * @param height height, at least 480
 * @param maximized true when the window filled the screen
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    /** Centred, 1280 × 800. */
    public static final WindowPlacement DEFAULT = new WindowPlacement(-1, -1, 1280, 800, false);

    public WindowPlacement {
        width = Double.isFinite(width) ? Math.max(640, width) : DEFAULT.width();
        height = Double.isFinite(height) ? Math.max(480, height) : DEFAULT.height();
        x = Double.isFinite(x) ? x : -1;
        y = Double.isFinite(y) ? y : -1;
    }

    /** The same placement, maximised (the size and position apply when it is restored down). */
    public WindowPlacement withMaximized() {
        return new WindowPlacement(x, y, width, height, true);
    }

    /** True when the position was recorded (not left to the window system). */
    public boolean hasPosition() {
        return x >= 0 && y >= 0;
    }
}
