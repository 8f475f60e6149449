/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Robust fitting by iteratively reweighted least squares: after an ordinary fit, each point gets a weight from its
 * residual scaled by a robust SD (1.4826 × median |residual| × √(n / (n − p))), and the weighted fit is repeated
 * until the parameters settle. Standard errors and the F test then use the final weights.
 */
public enum RobustMethod {
    /** Ordinary (or weighted) least squares. */
    NONE,
    /** Huber's weights with k = 1.345: full weight inside k robust SDs, k/|u| outside (95 % Gaussian efficiency). */
    HUBER,
    /** Tukey's bisquare with c = 4.685: weight (1 − (u/c)²)², zero beyond c robust SDs. */
    BISQUARE
}
