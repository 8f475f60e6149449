/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/** How a reported IC50 relates to the true one. */
public enum Qualifier {
    /** The IC50 is the value. */
    EQUAL("="),
    /** The IC50 is below the value (the lowest tested concentration). */
    LESS_THAN("<"),
    /** The IC50 is above the value (the highest tested concentration). */
    GREATER_THAN(">");

    private final String symbol;

    Qualifier(String symbol) {
        this.symbol = symbol;
    }

    /** "=", "<" or ">". */
    public String symbol() {
        return symbol;
    }
}
