/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

/** A count with its noun in the right number, for status lines and captions ("1 plate", "6 plates"). */
public final class Counted {
    private Counted() {}

    /**
     * The count and the noun, plural unless the count is one.
     *
     * @param n how many, 0 or more
     * @param noun the singular noun; its plural takes an "s" (plate, file, well, row, curve, assay)
     * @return e.g. "1 well", "0 wells", "3 wells"
     */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
