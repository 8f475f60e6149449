/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Arrays;

/**
 * The Gauss–Newton normal equations JᵀJ δ = Jᵀr of one {@link LevenbergMarquardt} iteration, reduced to the
 * parameters that may move. Sums run over the rows in order, so the result is bit-reproducible.
 */
final class NormalEquations {
    private NormalEquations() {}

    /**
     * Builds JᵀJ and Jᵀr over the parameters that may move (free, and not pushed outwards against a bound); writes
     * their indices to {@code ws.index}. One pass over the rows accumulates the full matrix, which is then reduced.
     *
     * @return how many parameters move
     */
    static int build(
            int m,
            int np,
            double[] p,
            double[] lower,
            double[] upper,
            boolean[] free,
            double[] r,
            double[] jac,
            LmWorkspace ws) {
        double[] full = ws.fullNormal;
        double[] g = ws.fullGradient;
        if (np == 4) {
            accumulate4(m, r, jac, full, g);
        } else {
            Arrays.fill(full, 0, np * np, 0);
            Arrays.fill(g, 0, np, 0);
            for (int i = 0, row = 0; i < m; i++, row += np) {
                double ri = r[i];
                for (int a = 0; a < np; a++) {
                    double ja = jac[row + a];
                    g[a] += ja * ri;
                    int base = a * np;
                    for (int b = 0; b <= a; b++) {
                        full[base + b] += ja * jac[row + b];
                    }
                }
            }
        }
        int k = 0;
        for (int j = 0; j < np; j++) {
            boolean blocked = !free[j] || (p[j] <= lower[j] && g[j] < 0) || (p[j] >= upper[j] && g[j] > 0);
            if (!blocked) {
                ws.gradient[k] = g[j];
                ws.index[k++] = j;
            }
        }
        double[] a = ws.normal;
        for (int u = 0; u < k; u++) {
            int ju = ws.index[u];
            for (int v = 0; v <= u; v++) {
                double s = full[ju * np + ws.index[v]];
                a[u * k + v] = s;
                a[v * k + u] = s;
            }
            ws.scale[ju] = Math.max(ws.scale[ju], a[u * k + u]);
        }
        return k;
    }

    /** The 4-parameter case of the accumulation, in registers (the hot path of every 4PL fit). */
    private static void accumulate4(int m, double[] r, double[] jac, double[] full, double[] g) {
        double g0 = 0;
        double g1 = 0;
        double g2 = 0;
        double g3 = 0;
        double a00 = 0;
        double a10 = 0;
        double a11 = 0;
        double a20 = 0;
        double a21 = 0;
        double a22 = 0;
        double a30 = 0;
        double a31 = 0;
        double a32 = 0;
        double a33 = 0;
        for (int i = 0, row = 0; i < m; i++, row += 4) {
            double j0 = jac[row];
            double j1 = jac[row + 1];
            double j2 = jac[row + 2];
            double j3 = jac[row + 3];
            double ri = r[i];
            g0 += j0 * ri;
            g1 += j1 * ri;
            g2 += j2 * ri;
            g3 += j3 * ri;
            a00 += j0 * j0;
            a10 += j1 * j0;
            a11 += j1 * j1;
            a20 += j2 * j0;
            a21 += j2 * j1;
            a22 += j2 * j2;
            a30 += j3 * j0;
            a31 += j3 * j1;
            a32 += j3 * j2;
            a33 += j3 * j3;
        }
        g[0] = g0;
        g[1] = g1;
        g[2] = g2;
        g[3] = g3;
        full[0] = a00;
        full[4] = a10;
        full[5] = a11;
        full[8] = a20;
        full[9] = a21;
        full[10] = a22;
        full[12] = a30;
        full[13] = a31;
        full[14] = a32;
        full[15] = a33;
    }
}
