/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.Objects;

/**
 * Events with {@code xMin ≤ x < xMax} and {@code yMin ≤ y < yMax}. Use infinite bounds for open sides, and the same
 * parameter twice for a one-parameter window.
 *
 * @param name population name
 * @param xParameter x parameter ($PnN or $PnS)
 * @param yParameter y parameter
 * @param xMin lowest x inside
 * @param xMax first x outside
 * @param yMin lowest y inside
 * @param yMax first y outside
 */
public record RectangleGate(
        String name, String xParameter, String yParameter, double xMin, double xMax, double yMin, double yMax)
        implements Gate {

    public RectangleGate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(xParameter, "xParameter");
        Objects.requireNonNull(yParameter, "yParameter");
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("gate '" + name + "' needs min < max on both axes; got x " + xMin + "–"
                    + xMax + ", y " + yMin + "–" + yMax);
        }
    }

    @Override
    public boolean contains(double x, double y) {
        return x >= xMin && x < xMax && y >= yMin && y < yMax;
    }

    @Override
    public String describe() {
        return name + ": " + xParameter + " " + GateText.range(xMin, xMax)
                + (yParameter.equals(xParameter) ? "" : ", " + yParameter + " " + GateText.range(yMin, yMax));
    }
}
