/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.List;
import java.util.Objects;

/**
 * Events inside a polygon (even–odd rule), e.g. a hand-drawn FSC-A/SSC-A cells gate.
 *
 * @param name population name
 * @param xParameter x parameter
 * @param yParameter y parameter
 * @param vertices at least three corners, in order; the last joins the first
 */
public record PolygonGate(String name, String xParameter, String yParameter, List<Vertex> vertices) implements Gate {

    /**
     * One corner.
     *
     * @param x x value
     * @param y y value
     */
    public record Vertex(double x, double y) {
        public Vertex {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("polygon corners must be finite; got (" + x + ", " + y + ")");
            }
        }
    }

    public PolygonGate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(xParameter, "xParameter");
        Objects.requireNonNull(yParameter, "yParameter");
        vertices = List.copyOf(vertices);
        if (vertices.size() < 3) {
            throw new IllegalArgumentException("gate '" + name + "' needs at least 3 corners; got " + vertices.size());
        }
    }

    @Override
    public boolean contains(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return false;
        }
        boolean inside = false;
        int n = vertices.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            Vertex a = vertices.get(i);
            Vertex b = vertices.get(j);
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                inside = !inside;
            }
        }
        return inside;
    }

    @Override
    public String describe() {
        return name + ": polygon of " + vertices.size() + " corners on " + xParameter + " × " + yParameter;
    }
}
