/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.util.Comparator;
import org.hillfit.ui.session.CurveItem;

/** Orders of the curve gallery. */
public enum GallerySort {
    PLATE("Plate order", Comparator.comparingInt(c -> 0)),
    COMPOUND(
            "Compound",
            Comparator.comparing((CurveItem c) -> c.curve().compound())
                    .thenComparing(c -> c.curve().assay())),
    POTENCY(
            "Potency (IC50)",
            Comparator.comparingDouble(
                    (CurveItem c) -> nanLast(c.curve().result().reportedLogIc50()))),
    STATUS(
            "Status (needs a look first)",
            Comparator.comparingInt((CurveItem c) -> c.curve().status().ordinal())
                    .reversed()),
    FIT(
            "R² (worst first)",
            Comparator.comparingDouble(
                    (CurveItem c) -> nanFirst(c.curve().result().r2()))),
    ZPRIME("Plate Z′ (worst first)", Comparator.comparingDouble((CurveItem c) -> nanFirst(c.qc().zPrime())));

    private final String label;
    private final Comparator<CurveItem> order;

    GallerySort(String label, Comparator<CurveItem> order) {
        this.label = label;
        this.order = order;
    }

    /** The order (stable sorts keep plate order among equals). */
    public Comparator<CurveItem> order() {
        return order;
    }

    @Override
    public String toString() {
        return label;
    }

    private static double nanLast(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static double nanFirst(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
