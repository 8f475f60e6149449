/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

/** The keyboard shortcuts, as Help › Keyboard shortcuts lists them. */
final class Shortcuts {
    static final String TEXT =
            """
            Review (Curves page)
              J or →          next curve
              K or ←          previous curve
              ↓ / ↑           next / previous row of the gallery
              A               accept the curve, then go to the next
              R               reject the curve (asks why), then go to the next
              U               clear the decision
              O               overlay the compound on every assay
              N               write a note on the curve
              click a point   mask or unmask it (right-click: give a reason)

            Everywhere
              Ctrl+Z / Ctrl+Y undo / redo
              Ctrl+1 … Ctrl+7 Plates, Curves, Results, Selectivity, Replicates,
                              Reference, Audit trail
              Ctrl+O          open exports
              Ctrl+Shift+O    open a project
              Ctrl+S          save the project
              Ctrl+E          export the Excel report
              Ctrl+C          copy the results table (Results page)
            """;

    private Shortcuts() {}
}
