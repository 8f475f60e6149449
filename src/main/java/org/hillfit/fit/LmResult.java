/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * The end of one Levenberg–Marquardt run (the parameters are written into the caller's array).
 *
 * @param sumOfSquares Σ r² at the solution
 * @param iterations Jacobian evaluations (outer iterations)
 * @param convergence how it ended
 */
record LmResult(double sumOfSquares, int iterations, Convergence convergence) {}
