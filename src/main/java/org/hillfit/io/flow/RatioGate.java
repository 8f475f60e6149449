/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.Objects;

/**
 * Events whose ratio {@code numerator / denominator} lies in {@code [min, max]}, with a positive denominator: the
 * singlet gate (FSC-H / FSC-A near the diagonal; doublets have about half the ratio).
 *
 * @param name population name
 * @param xParameter the numerator, e.g. "FSC-H"
 * @param yParameter the denominator, e.g. "FSC-A"
 * @param min lowest ratio inside
 * @param max highest ratio inside
 */
public record RatioGate(String name, String xParameter, String yParameter, double min, double max) implements Gate {

    public RatioGate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(xParameter, "xParameter");
        Objects.requireNonNull(yParameter, "yParameter");
        if (!(min < max)) {
            throw new IllegalArgumentException("gate '" + name + "' needs min < max; got " + min + "–" + max);
        }
    }

    @Override
    public boolean contains(double x, double y) {
        if (!(y > 0)) {
            return false;
        }
        double ratio = x / y;
        return ratio >= min && ratio <= max;
    }

    @Override
    public String describe() {
        return name + ": " + xParameter + " / " + yParameter + " " + GateText.number(min) + "–" + GateText.number(max);
    }
}
