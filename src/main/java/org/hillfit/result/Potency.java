/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.Objects;
import java.util.Optional;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.Qualifier;

/**
 * A reported IC50 with its qualifier, on the log scale the fitter uses.
 *
 * @param qualifier {@code =} for a value, {@code <} or {@code >} for a bound (beyond the tested range)
 * @param logMolar log10 of the IC50 in mol/L (finite)
 */
public record Potency(Qualifier qualifier, double logMolar) {
    public Potency {
        Objects.requireNonNull(qualifier, "qualifier");
        if (!Double.isFinite(logMolar)) {
            throw new IllegalArgumentException("a potency needs a finite log10(IC50 in mol/L); got " + logMolar);
        }
    }

    /** An exact value (qualifier {@code =}). */
    public static Potency exact(double logMolar) {
        return new Potency(Qualifier.EQUAL, logMolar);
    }

    /** A potency from an IC50 in nM ({@code 20 nM → log10(2e-8)}). */
    public static Potency ofNanomolar(Qualifier qualifier, double nanomolar) {
        return new Potency(qualifier, Math.log10(nanomolar) - 9);
    }

    /** The reported potency of a fit; empty when the curve has no IC50 at all. */
    public static Optional<Potency> of(CurveResult result) {
        return Double.isFinite(result.reportedLogIc50())
                ? Optional.of(new Potency(result.qualifier(), result.reportedLogIc50()))
                : Optional.empty();
    }

    /** pIC50 = −log10(IC50 in mol/L). */
    public double pIc50() {
        return -logMolar;
    }

    /** The IC50 in nM. */
    public double nanomolar() {
        return Math.pow(10, logMolar + 9);
    }

    /** True for a value rather than a bound. */
    public boolean isExact() {
        return qualifier == Qualifier.EQUAL;
    }

    /** "=12.3 nM", "<1 nM": the qualifier and the IC50 in nM with 4 significant digits, for logs and messages. */
    @Override
    public String toString() {
        return qualifier.symbol() + String.format(java.util.Locale.ROOT, "%.4g", nanomolar()) + " nM";
    }
}
