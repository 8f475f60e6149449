/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

/** Switches the workbench to a page (a double-click in the results table opens the curve on the Curves page). */
@FunctionalInterface
public interface Navigator {
    /** Shows the page. */
    void show(Page page);
}
