/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits the four-parameter logistic ({@link FourPlParameters}) by Levenberg–Marquardt with the analytic Jacobian,
 * then judges the curve: inactive (F test against a flat line, or small span), out of range ({@code <}/{@code >}
 * the tested doses), flags. Immutable and thread-safe; {@link #fit} never throws.
 */
public final class FourPlFitter {
    private static final int MAX_ITERATIONS = 200;

    private final FitOptions options;

    private FourPlFitter(FitOptions options) {
        this.options = options;
    }

    /** A fitter with {@link FitOptions#DEFAULT}. */
    public static FourPlFitter create() {
        return new FourPlFitter(FitOptions.DEFAULT);
    }

    /** A copy with other options. */
    public FourPlFitter withOptions(FitOptions newOptions) {
        return new FourPlFitter(newOptions);
    }

    /** The options in use. */
    public FitOptions options() {
        return options;
    }

    /** Fits and judges one curve. */
    public CurveResult fit(CurveData data) {
        List<String> flags = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < data.size(); i++) {
            if (usable(data, i)) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (int i = 0; i < data.size(); i++) {
            if (usable(data, i)) {
                x[k] = data.logConcentration(i);
                y[k++] = data.response(i);
            } else if (!data.isExcluded(i) && data.logConcentration(i) == Double.NEGATIVE_INFINITY) {
                flags.add("zero_concentration_excluded");
            }
        }
        int masked = data.size() - n;
        if (n == 0) {
            flags.add("no_points");
            return new CurveResult(
                    CurveStatus.FLAGGED,
                    Qualifier.EQUAL,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Optional.empty(),
                    Double.NaN,
                    Double.NaN,
                    0,
                    masked,
                    "4",
                    flags,
                    Double.NaN,
                    Double.NaN);
        }
        double xMin = min(x);
        double xMax = max(x);
        double meanY = mean(y);
        double ssFlat = 0;
        for (double v : y) {
            ssFlat += (v - meanY) * (v - meanY);
        }
        long distinct = java.util.Arrays.stream(x).distinct().count();
        if (n < 5 || distinct < 4) {
            flags.add("too_few_points");
            return new CurveResult(
                    CurveStatus.FLAGGED,
                    Qualifier.GREATER_THAN,
                    xMax,
                    Double.NaN,
                    Double.NaN,
                    Optional.empty(),
                    Double.NaN,
                    Double.NaN,
                    n,
                    masked,
                    "4",
                    flags,
                    xMin,
                    xMax);
        }
        double[] p = initialGuess(x, y);
        double ss = levenbergMarquardt(x, y, p);
        FourPlParameters params = new FourPlParameters(p[0], p[1], p[2], p[3]);
        double dof = n - 4;
        double r2 = ssFlat > 0 ? 1 - ss / ssFlat : 0;
        double syx = Math.sqrt(ss / dof);
        double pValue = ssFlat > ss ? Distributions.fSurvival(((ssFlat - ss) / 3) / (ss / dof), 3, dof) : 1;
        if (ss == 0) {
            pValue = ssFlat > 0 ? 0 : 1;
        }
        double span = Math.abs(params.span());
        double[] ci = logIc50Interval(x, y, p, ss, dof);
        boolean inactive = pValue > options.inactiveAlpha()
                || span < options.inactiveSpanPercent()
                || !Double.isFinite(params.logIc50());
        if (inactive) {
            flags.add("inactive");
            return new CurveResult(
                    CurveStatus.INACTIVE,
                    Qualifier.GREATER_THAN,
                    xMax,
                    Double.NaN,
                    Double.NaN,
                    Optional.of(params),
                    r2,
                    syx,
                    n,
                    masked,
                    "4",
                    flags,
                    xMin,
                    xMax);
        }
        if (params.hillSlope() < 0.3 || params.hillSlope() > 5) {
            flags.add("hill_out_of_range");
        }
        Qualifier qualifier = Qualifier.EQUAL;
        double reported = params.logIc50();
        CurveStatus status = flags.contains("hill_out_of_range") ? CurveStatus.FLAGGED : CurveStatus.OK;
        if (reported > xMax) {
            qualifier = Qualifier.GREATER_THAN;
            reported = xMax;
            flags.add("ic50_above_range");
            status = CurveStatus.PARTIAL;
        } else if (reported < xMin) {
            qualifier = Qualifier.LESS_THAN;
            reported = xMin;
            flags.add("ic50_below_range");
            status = CurveStatus.PARTIAL;
        }
        String curveClass = span > 80 ? "1.1" : "1.2";
        if (qualifier != Qualifier.EQUAL) {
            curveClass = span > 80 ? "2.1" : "2.2";
        }
        return new CurveResult(
                status,
                qualifier,
                reported,
                qualifier == Qualifier.EQUAL ? ci[0] : Double.NaN,
                qualifier == Qualifier.EQUAL ? ci[1] : Double.NaN,
                Optional.of(params),
                r2,
                syx,
                n,
                masked,
                curveClass,
                flags,
                xMin,
                xMax);
    }

    private static boolean usable(CurveData data, int i) {
        return !data.isExcluded(i) && Double.isFinite(data.logConcentration(i)) && Double.isFinite(data.response(i));
    }

    private static double[] initialGuess(double[] x, double[] y) {
        int iMin = 0;
        int iMax = 0;
        for (int i = 1; i < x.length; i++) {
            iMin = x[i] < x[iMin] ? i : iMin;
            iMax = x[i] > x[iMax] ? i : iMax;
        }
        double low = y[iMin];
        double high = y[iMax];
        double half = 0.5 * (low + high);
        int nearest = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(y[i] - half) < Math.abs(y[nearest] - half)) {
                nearest = i;
            }
        }
        return new double[] {low, high, x[nearest], 1};
    }

    /** Minimises the sum of squares in place; returns it. */
    private static double levenbergMarquardt(double[] x, double[] y, double[] p) {
        double lambda = 1e-3;
        double ss = sumOfSquares(x, y, p);
        double[] jtj = new double[16];
        double[] jtr = new double[4];
        double[] trial = new double[4];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            normalEquations(x, y, p, jtj, jtr);
            boolean improved = false;
            while (lambda < 1e12) {
                double[] a = jtj.clone();
                for (int d = 0; d < 4; d++) {
                    a[d * 5] += lambda * Math.max(jtj[d * 5], 1e-12);
                }
                double[] step = solve4(a, jtr);
                if (step == null) {
                    lambda *= 10;
                    continue;
                }
                for (int d = 0; d < 4; d++) {
                    trial[d] = p[d] + step[d];
                }
                double trialSs = sumOfSquares(x, y, trial);
                if (trialSs < ss) {
                    double relative = (ss - trialSs) / Math.max(ss, 1e-300);
                    System.arraycopy(trial, 0, p, 0, 4);
                    ss = trialSs;
                    lambda = Math.max(lambda / 10, 1e-12);
                    improved = relative > 1e-12;
                    break;
                }
                lambda *= 10;
            }
            if (!improved) {
                break;
            }
        }
        return ss;
    }

    private static double sumOfSquares(double[] x, double[] y, double[] p) {
        double ss = 0;
        for (int i = 0; i < x.length; i++) {
            double r = y[i] - model(x[i], p);
            ss += r * r;
        }
        return Double.isNaN(ss) ? Double.POSITIVE_INFINITY : ss;
    }

    private static double model(double x, double[] p) {
        return p[0] + (p[1] - p[0]) / (1 + Math.pow(10, (p[2] - x) * p[3]));
    }

    private static void normalEquations(double[] x, double[] y, double[] p, double[] jtj, double[] jtr) {
        java.util.Arrays.fill(jtj, 0);
        java.util.Arrays.fill(jtr, 0);
        double[] g = new double[4];
        for (int i = 0; i < x.length; i++) {
            jacobianRow(x[i], p, g);
            double r = y[i] - model(x[i], p);
            for (int a = 0; a < 4; a++) {
                jtr[a] += g[a] * r;
                for (int b = 0; b < 4; b++) {
                    jtj[a * 4 + b] += g[a] * g[b];
                }
            }
        }
    }

    private static void jacobianRow(double x, double[] p, double[] g) {
        double e = Math.pow(10, (p[2] - x) * p[3]);
        double denom = 1 + e;
        double f = 1 / denom;
        double span = p[1] - p[0];
        double dfdu = -span * f * f * e * Math.log(10); // derivative wrt u = (logIc50 − x)·hill
        g[0] = 1 - f;
        g[1] = f;
        g[2] = dfdu * p[3];
        g[3] = dfdu * (p[2] - x);
    }

    /** Solves a 4×4 system by Gaussian elimination with partial pivoting; null when singular. */
    static double[] solve4(double[] a, double[] b) {
        double[] m = a.clone();
        double[] v = b.clone();
        for (int col = 0; col < 4; col++) {
            int pivot = col;
            for (int r = col + 1; r < 4; r++) {
                if (Math.abs(m[r * 4 + col]) > Math.abs(m[pivot * 4 + col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot * 4 + col]) < 1e-300) {
                return null;
            }
            if (pivot != col) {
                for (int c = 0; c < 4; c++) {
                    double t = m[col * 4 + c];
                    m[col * 4 + c] = m[pivot * 4 + c];
                    m[pivot * 4 + c] = t;
                }
                double t = v[col];
                v[col] = v[pivot];
                v[pivot] = t;
            }
            for (int r = col + 1; r < 4; r++) {
                double factor = m[r * 4 + col] / m[col * 4 + col];
                for (int c = col; c < 4; c++) {
                    m[r * 4 + c] -= factor * m[col * 4 + c];
                }
                v[r] -= factor * v[col];
            }
        }
        double[] out = new double[4];
        for (int r = 3; r >= 0; r--) {
            double s = v[r];
            for (int c = r + 1; c < 4; c++) {
                s -= m[r * 4 + c] * out[c];
            }
            out[r] = s / m[r * 4 + r];
        }
        return out;
    }

    /** 95 % CI of log IC50 from s²(JᵀJ)⁻¹ and t(0.975, n − 4). */
    private static double[] logIc50Interval(double[] x, double[] y, double[] p, double ss, double dof) {
        double[] jtj = new double[16];
        double[] jtr = new double[4];
        normalEquations(x, y, p, jtj, jtr);
        double[] unit = {0, 0, 1, 0};
        double[] column = solve4(jtj, unit);
        if (column == null || !(column[2] > 0) || dof < 1) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double se = Math.sqrt(ss / dof * column[2]);
        double t = Distributions.tQuantileTwoSided(0.95, dof);
        return new double[] {p[2] - t * se, p[2] + t * se};
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElse(Double.NaN);
    }
}
