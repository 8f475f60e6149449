/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

/** The pages of the workbench, in tab order. */
public enum Page {
    PLATES("Plates"),
    CURVES("Curves"),
    RESULTS("Results"),
    SELECTIVITY("Selectivity"),
    REPLICATES("Replicates"),
    REFERENCE("Reference"),
    AUDIT("Audit trail");

    private final String title;

    Page(String title) {
        this.title = title;
    }

    /** The tab title. */
    public String title() {
        return title;
    }
}
