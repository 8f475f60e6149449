/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

/**
 * Z' bands: a plate passes at {@code zPrime >= pass}, warns at {@code zPrime >= warn}, fails below.
 *
 * @param pass lowest passing Z'
 * @param warn lowest Z' that is not a failure
 */
public record QcThresholds(double pass, double warn) {

    /** Z' ≥ 0.5 excellent, 0–0.5 marginal, &lt; 0 unusable. */
    public static final QcThresholds DEFAULT = new QcThresholds(0.5, 0);

    public QcThresholds {
        if (!(warn <= pass) || !Double.isFinite(pass) || !Double.isFinite(warn)) {
            throw new IllegalArgumentException(
                    "the warn threshold must be finite and ≤ pass; got warn " + warn + ", pass " + pass);
        }
    }

    /** The verdict for a Z'; NaN (no controls) fails. */
    public QcVerdict verdict(double zPrime) {
        if (zPrime >= pass) {
            return QcVerdict.PASS;
        }
        return zPrime >= warn ? QcVerdict.WARN : QcVerdict.FAIL;
    }
}
