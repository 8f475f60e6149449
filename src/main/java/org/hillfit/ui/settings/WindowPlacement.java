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

    /**
     * The same placement made to fit a screen's usable area: no larger than the area, and, when a position was
     * recorded, moved so the whole window is on it (a 1280 × 800 default on a 1024 × 700 screen would otherwise hide
     * the menu bar and the toolbar's ends).
     *
     * @param minX the area's left edge, in screen pixels
     * @param minY the area's top edge, in screen pixels
     * @param areaWidth the area's width, positive
     * @param areaHeight the area's height, positive
     * @return a placement whose window lies within the area; the position stays unrecorded if it was
     */
    public WindowPlacement fittedTo(double minX, double minY, double areaWidth, double areaHeight) {
        double w = Math.min(width, areaWidth);
        double h = Math.min(height, areaHeight);
        if (!hasPosition()) {
            return new WindowPlacement(x, y, w, h, maximized);
        }
        double left = Math.max(minX, Math.min(x, minX + areaWidth - w));
        double top = Math.max(minY, Math.min(y, minY + areaHeight - h));
        return new WindowPlacement(left, top, w, h, maximized);
    }

    /** True when the position was recorded (not left to the window system). */
    public boolean hasPosition() {
        return x >= 0 && y >= 0;
    }
}
