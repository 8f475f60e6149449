/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/** How the confidence interval of LogIC50 is computed. */
public enum CiMethod {
    /** Estimate ± t(1 − α/2, n − p) × SE, SE from s²(JᵀJ)⁻¹ (Prism's default "asymptotic" interval). */
    ASYMPTOTIC,
    /**
     * Profile likelihood: the LogIC50 values whose best fit (other parameters re-fitted) has SS ≤ SSmin × (1 +
     * F(1 − α; 1, n − p) / (n − p)). Asymmetric, and honest for partial curves; an end that is not reached within
     * six decades beyond the tested range is reported as undefined with the flag {@code ci_unbounded}.
     */
    PROFILE_LIKELIHOOD
}
