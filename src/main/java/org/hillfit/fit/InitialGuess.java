/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Starting values from the data (sorted by X): the plateaus from the lowest and highest mean response per
 * concentration, the direction from the means at the two ends of the dose range, LogIC50 where the means first
 * cross half-way between the plateaus (linear interpolation), |Hill| = 1 and, for the 5PL, symmetry (S = 1). The
 * restarts are a fixed list of other starts (shallow, steep, midpoints near either end, a plateau beyond the tested
 * range, the opposite direction), tried in order, so the result is deterministic.
 */
final class InitialGuess {
    final int direction;
    final double low;
    final double high;
    final double crossing;
    final double xMin;
    final double xMax;

    private InitialGuess(int direction, double low, double high, double crossing, double xMin, double xMax) {
        this.direction = direction;
        this.low = low;
        this.high = high;
        this.crossing = crossing;
        this.xMin = xMin;
        this.xMax = xMax;
    }

    /** The guess for n ≥ 1 points sorted by x. */
    static InitialGuess of(double[] x, double[] y, int n) {
        double first = groupMean(x, y, n, 0);
        double last = groupMean(x, y, n, lastGroupStart(x, n));
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; ) {
            double m = groupMean(x, y, n, i);
            low = Math.min(low, m);
            high = Math.max(high, m);
            i = nextGroup(x, n, i);
        }
        int direction = last > first ? 1 : last < first ? -1 : slopeSign(x, y, n);
        double crossing = crossing(x, y, n, 0.5 * (low + high), direction);
        return new InitialGuess(direction, low, high, crossing, x[0], x[n - 1]);
    }

    /** The first start: plateaus, crossing, |Hill| 1 with the data's sign (or {@code sign} when given ≠ 0). */
    double[] primary(int np, int sign) {
        return start(np, low, high, crossing, sign != 0 ? sign : direction);
    }

    /** The restarts, in the order they are tried. */
    double[][] alternatives(int np, int sign) {
        int d = sign != 0 ? sign : direction;
        double mid = 0.5 * (xMin + xMax);
        double range = Math.max(xMax - xMin, 1);
        double span = Math.max(high - low, 1e-3);
        return new double[][] {
            start(np, low, high, mid, d),
            scaleHill(start(np, low, high, crossing, d), 3),
            scaleHill(start(np, low, high, crossing, d), 0.4),
            start(np, low, high, xMin + 0.25 * range, d),
            start(np, low, high, xMax - 0.25 * range, d),
            d > 0 ? start(np, low, high + span, xMax + 0.5, d) : start(np, low - span, high, xMax + 0.5, d),
            d > 0 ? start(np, low - span, high, xMin - 0.5, d) : start(np, low, high + span, xMin - 0.5, d),
            start(np, low, high, mid, -d)
        };
    }

    private static double[] start(int np, double low, double high, double logIc50, int sign) {
        double[] p = new double[np];
        p[SigmoidModel.BOTTOM] = low;
        p[SigmoidModel.TOP] = high;
        p[SigmoidModel.LOG_IC50] = logIc50;
        p[SigmoidModel.HILL] = sign;
        if (np == 5) {
            p[SigmoidModel.ASYMMETRY] = 1;
        }
        return p;
    }

    private static double[] scaleHill(double[] p, double factor) {
        p[SigmoidModel.HILL] *= factor;
        return p;
    }

    private static double groupMean(double[] x, double[] y, int n, int start) {
        double sum = 0;
        int count = 0;
        for (int i = start; i < n && x[i] == x[start]; i++) {
            sum += y[i];
            count++;
        }
        return sum / count;
    }

    private static int nextGroup(double[] x, int n, int start) {
        int i = start;
        while (i < n && x[i] == x[start]) {
            i++;
        }
        return i;
    }

    private static int lastGroupStart(double[] x, int n) {
        int i = n - 1;
        while (i > 0 && x[i - 1] == x[n - 1]) {
            i--;
        }
        return i;
    }

    /** Sign of the least-squares slope of y on x; +1 when flat. */
    private static int slopeSign(double[] x, double[] y, int n) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
        }
        return sxy < 0 ? -1 : 1;
    }

    /** First X where the per-concentration means cross {@code half} in the given direction; the middle if none. */
    private static double crossing(double[] x, double[] y, int n, double half, int direction) {
        double previousX = x[0];
        double previousY = groupMean(x, y, n, 0);
        for (int i = nextGroup(x, n, 0); i < n; i = nextGroup(x, n, i)) {
            double m = groupMean(x, y, n, i);
            if ((m - half) * direction >= 0 && (previousY - half) * direction < 0) {
                double t = (half - previousY) / (m - previousY);
                return previousX + t * (x[i] - previousX);
            }
            previousX = x[i];
            previousY = m;
        }
        return 0.5 * (x[0] + x[n - 1]);
    }
}
