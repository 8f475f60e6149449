/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

/** What of the layout is drawn over the heat map. */
public enum Overlay {
    ROLES("Control roles"),
    COMPOUNDS("Compound blocks"),
    NONE("Values only");

    private final String label;

    Overlay(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
