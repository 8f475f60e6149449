/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

/**
 * A region of a two-parameter plot; events inside it pass. Gates are plain data, name their parameters by {@code
 * $PnN} (or {@code $PnS}) and so apply to every well of a plate. A gating strategy is a list of gates applied in
 * order, each to the events that passed the ones before.
 */
public sealed interface Gate permits RectangleGate, PolygonGate, RatioGate {

    /** The population's name, e.g. "cells" or "singlets". */
    String name();

    /** The parameter on the x axis (for a ratio gate, the numerator). */
    String xParameter();

    /** The parameter on the y axis (for a ratio gate, the denominator). */
    String yParameter();

    /** True when an event with these values is inside; NaN values are never inside. */
    boolean contains(double x, double y);

    /** One line for reports: "cells: FSC-A 21,500–262,143, SSC-A 8,100–120,000". */
    String describe();
}
