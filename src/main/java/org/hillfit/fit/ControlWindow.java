/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Where the controls put the responses of normalised data: {@code low} (neutral control, 0 % inhibition) and
 * {@code high} (inhibitor control, 100 %). The judge uses it to tell a full curve from a partial one: a fitted
 * plateau more than {@code tolerance} from its control level is "outside the window"; one within {@code tolerance /
 * 2} is "anchored" by the controls (so it needs no points of its own beyond the bend). The absolute IC50 is where
 * the curve crosses the middle of the window.
 *
 * @param low response of the 0 % control, e.g. 0
 * @param high response of the 100 % control, e.g. 100; above {@code low}
 * @param tolerance response units a plateau may differ from its control level, e.g. 30; ≥ 0
 */
public record ControlWindow(double low, double high, double tolerance) {

    /** % inhibition: 0 and 100, tolerance 30 percentage points. */
    public static final ControlWindow PERCENT = new ControlWindow(0, 100, 30);

    public ControlWindow {
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(high > low)) {
            throw new IllegalArgumentException(
                    "a control window needs finite levels with high > low; got low " + low + ", high " + high);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("the window tolerance must be finite and ≥ 0; got " + tolerance);
        }
    }

    /** high − low. */
    public double width() {
        return high - low;
    }

    /** The response half-way between the controls (50 % for % inhibition). */
    public double middle() {
        return 0.5 * (low + high);
    }
}
