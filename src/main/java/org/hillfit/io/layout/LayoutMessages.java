/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

/**
 * The words layout readers use for a well that breaks the layout rules, shared with the workbench's layout editor so
 * a person editing one well reads the same sentence as someone whose layout file was refused.
 */
public final class LayoutMessages {
    /** A sample well without a compound. */
    public static final String SAMPLE_NEEDS_COMPOUND = "a sample well needs a compound name";
    /** A sample well without a concentration. */
    public static final String SAMPLE_NEEDS_CONCENTRATION = "a sample well needs a concentration and unit";

    private LayoutMessages() {}

    /** "unknown unit 'furlongs'; expected M, mM, uM (µM), nM or pM". */
    public static String unknownUnit(String unit) {
        return "unknown unit '" + unit + "'; expected M, mM, uM (µM), nM or pM";
    }

    /** "expected a concentration ≥ 0; got 'ten'". */
    public static String notAConcentration(String text) {
        return "expected a concentration ≥ 0; got '" + text + "'";
    }
}
