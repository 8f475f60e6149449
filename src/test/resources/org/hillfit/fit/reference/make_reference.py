#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 — Hillfit contributors
"""Reference fits for GoldenReferenceTest, computed independently of Hillfit with SciPy.

Run from this folder:  python3 make_reference.py > fits.csv
Every curve is generated here from a fixed seed, fitted with scipy.optimize.least_squares (method 'lm', MINPACK,
xtol = ftol = gtol = 1e-15; method 'trf' only where bounds are needed) from a list of starts, and the lowest sum of
squares is kept. Unequal weights follow Prism 5+ (weights 1/|Ycurve|^k recomputed from the fitted curve until the
weighted SS settles). Parameters are written in Prism's form with Top the upper plateau.
"""
import math
import sys

import numpy as np
import scipy
from scipy.optimize import least_squares

LN10 = math.log(10.0)


def four_pl(p, x):
    b, t, l, h = p[:4]
    return b + (t - b) / (1.0 + np.power(10.0, (l - x) * h))


def five_pl(p, x):
    b, t, l, h, s = p
    c = 2.0 ** (1.0 / s) - 1.0
    return b + (t - b) * np.power(1.0 + c * np.power(10.0, (l - x) * h), -s)


def design(kind):
    if kind == "10x3":
        return np.array([-5 - i * math.log10(3) for i in range(10)])
    if kind == "10x3dup":
        return np.repeat(design("10x3"), 2)
    if kind == "12x2":
        return np.array([-5 - i * math.log10(2) for i in range(12)])
    if kind == "8x3.16":
        return np.array([-5 - 0.5 * i for i in range(8)])
    if kind == "11x3trip":
        return np.repeat(np.array([-4.5 - i * math.log10(3) for i in range(11)]), 3)
    raise ValueError(kind)


def simulate(seed, kind, truth, noise, model="4pl", outliers=()):
    rng = np.random.RandomState(seed)
    x = design(kind)
    y = (five_pl(truth, x) if model == "5pl" else four_pl(truth, x)) + noise * rng.standard_normal(x.size)
    for index, value in outliers:
        y[index] = value
    return x, np.round(y, 6)


def parse(constraint):
    if constraint == "free":
        return None, -np.inf, np.inf
    kind, value = constraint.split(":")
    v = float(value)
    return {"fixed": (v, v, v), "min": (None, v, np.inf), "max": (None, -np.inf, v)}[kind]


def fit(x, y, model, constraints, weights=None, start_list=None):
    """Least squares over the free parameters; returns (params, ss)."""
    n_par = 5 if model == "5pl" else 4
    fixed = [None] * n_par
    lower = [-np.inf] * n_par
    upper = [np.inf] * n_par
    for j, c in constraints.items():
        f, lo, hi = parse(c)
        fixed[j], lower[j], upper[j] = f, lo, hi
    free = [j for j in range(n_par) if fixed[j] is None]
    f_model = five_pl if model == "5pl" else four_pl
    w = np.ones_like(y) if weights is None else weights

    def full(q):
        p = np.array([fixed[j] if fixed[j] is not None else 0.0 for j in range(n_par)], dtype=float)
        p[free] = q
        return p

    def residuals(q):
        return np.sqrt(w) * (y - f_model(full(q), x))

    bounded = any(np.isfinite(lower[j]) or np.isfinite(upper[j]) for j in free)
    best = None
    for start in start_list:
        q0 = np.array([start[j] for j in free], dtype=float)
        if bounded:
            lo = np.array([lower[j] for j in free])
            hi = np.array([upper[j] for j in free])
            q0 = np.clip(q0, lo + 1e-9, hi - 1e-9)
            r = least_squares(residuals, q0, method="trf", bounds=(lo, hi), xtol=1e-15, ftol=1e-15, gtol=1e-15,
                              max_nfev=20000)
        else:
            r = least_squares(residuals, q0, method="lm", xtol=1e-15, ftol=1e-15, gtol=1e-15, max_nfev=20000)
        ss = float(np.sum(r.fun ** 2))
        if np.all(np.isfinite(r.x)) and (best is None or ss < best[1] * (1 - 1e-12)):
            best = (full(r.x), ss)
    return best


def starts(x, y, model, hill_sign):
    lo, hi = float(np.min(y)), float(np.max(y))
    mid = float(np.median(x))
    out = []
    for l in (mid, float(np.min(x)) + 1, float(np.max(x)) - 1, mid + 2, mid - 2):
        for h in (1.0, 0.5, 2.5):
            p = [lo, hi, l, hill_sign * h]
            if model == "5pl":
                for s in (1.0, 0.5, 2.0):
                    out.append(p + [s])
            else:
                out.append(p)
    return out


def canonical(p, model, constraints):
    if model == "4pl" and not constraints and p[1] < p[0]:
        return np.array([p[1], p[0], p[2], -p[3]])
    return p


def prism_weighted(x, y, model, constraints, power, hill_sign):
    p, ss = fit(x, y, model, constraints, None, starts(x, y, model, hill_sign))
    floor = 1e-3 * np.max(np.abs(y))
    previous = None
    f_model = five_pl if model == "5pl" else four_pl
    for _ in range(50):
        w = 1.0 / np.maximum(np.abs(f_model(p, x)), floor) ** power
        p, ss = fit(x, y, model, constraints, w, [list(p)])
        if previous is not None and abs(ss - previous) <= 1e-10 * ss:
            break
        previous = ss
    return p, ss


# name, design, truth, noise, seed, model, constraints {index: text}, weighting power, well-posed, note, outliers
CASES = [
    ("clean_h1", "10x3", [0, 100, -7, 1], 0.0, 1, "4pl", {}, 0, True, "noise-free"),
    ("noisy_a", "10x3", [0, 100, -7.2, 1.1], 4.0, 2, "4pl", {}, 0, True, "typical"),
    ("noisy_b", "10x3", [2, 98, -6.6, 0.9], 6.0, 3, "4pl", {}, 0, True, "typical, noisier"),
    ("noisy_c", "10x3dup", [-3, 103, -7.5, 1.0], 5.0, 4, "4pl", {}, 0, True, "duplicates"),
    ("noisy_d", "10x3dup", [0, 100, -8.0, 1.3], 8.0, 5, "4pl", {}, 0, True, "duplicates, noisy"),
    ("noisy_e", "12x2", [0, 100, -6.8, 1.2], 3.0, 6, "4pl", {}, 0, True, "12-point 2-fold"),
    ("noisy_f", "8x3.16", [0, 100, -6.5, 0.8], 4.0, 7, "4pl", {}, 0, True, "8-point half-log"),
    ("triplicates", "11x3trip", [5, 95, -7.0, 1.0], 6.0, 8, "4pl", {}, 0, True, "11 doses in triplicate"),
    ("steep", "12x2", [0, 100, -6.5, 3.0], 2.0, 9, "4pl", {}, 0, True, "Hill 3, 2-fold doses"),
    ("shallow", "10x3dup", [0, 100, -7.0, 0.5], 3.0, 10, "4pl", {}, 0, True, "Hill 0.5"),
    ("partial_top", "10x3", [0, 100, -5.4, 1.0], 3.0, 11, "4pl", {}, 0, False, "IC50 near the top dose"),
    ("partial_bottom", "10x3", [0, 100, -9.0, 1.0], 3.0, 12, "4pl", {}, 0, False, "IC50 near the bottom dose"),
    ("partial_efficacy", "10x3dup", [0, 55, -7.0, 1.0], 3.0, 13, "4pl", {}, 0, True, "55 % efficacy"),
    ("falling", "10x3", [100, 0, -7.0, 1.0], 4.0, 14, "4pl", {}, 0, True, "% activity, falling"),
    ("raw_ratio", "10x3dup", [12000, 2000, -7.7, 1.1], 250.0, 15, "4pl", {}, 0, True, "raw TR-FRET ratio"),
    ("activator", "10x3", [-50, 50, -7.0, 1.0], 3.0, 16, "4pl", {}, 0, True, "negative responses"),
    ("huge_scale", "10x3", [1e9, 5e9, -7.0, 1.0], 5e7, 17, "4pl", {}, 0, True, "responses ~1e9"),
    ("one_outlier", "10x3dup", [0, 100, -7.0, 1.0], 3.0, 18, "4pl", {}, 0, True, "one gross outlier (LS fit)",
     [(7, 15.0)]),
    ("two_outliers", "10x3dup", [0, 100, -7.0, 1.0], 3.0, 19, "4pl", {}, 0, False, "two outliers (LS fit)",
     [(3, 5.0), (12, 95.0)]),
    ("five_pl_a", "12x2", [0, 100, -6.5, 1.0, 0.5], 2.0, 20, "5pl", {}, 0, True, "asymmetric S = 0.5"),
    ("five_pl_b", "10x3dup", [0, 100, -7.0, 1.2, 2.0], 2.0, 21, "5pl", {}, 0, False, "asymmetric S = 2"),
    ("three_pl_hill1", "10x3", [0, 100, -7.0, 1.0], 4.0, 22, "4pl", {3: "fixed:1"}, 0, True, "|Hill| fixed at 1"),
    ("bottom_fixed_0", "10x3", [0, 100, -6.0, 1.0], 4.0, 23, "4pl", {0: "fixed:0"}, 0, True, "Bottom = 0"),
    ("plateaus_fixed", "10x3", [0, 100, -5.6, 1.0], 4.0, 24, "4pl", {0: "fixed:0", 1: "fixed:100"}, 0, True,
     "Bottom = 0, Top = 100, IC50 near the top"),
    ("plateaus_bounded", "10x3", [0, 140, -5.3, 0.8], 3.0, 25, "4pl", {0: "min:-20", 1: "max:120"}, 0, True,
     "Top would exceed 120"),
    ("weighted_y2", "10x3dup", [100, 1000, -7.0, 1.0], 0.0, 26, "4pl", {}, 2, True, "1/Y^2, CV 5 %"),
    ("weighted_y", "10x3dup", [50, 800, -7.3, 0.9], 0.0, 27, "4pl", {}, 1, True, "1/Y, Poisson-like"),
    ("inactive_noise", "10x3", [0, 0, -7.0, 1.0], 5.0, 28, "4pl", {}, 0, False, "flat noise"),
    ("above_range", "10x3", [0, 100, -3.5, 1.0], 3.0, 29, "4pl", {}, 0, False, "IC50 far above the top dose"),
    ("step_like", "10x3", [0, 100, -7.0, 4.0], 3.0, 2, "4pl", {}, 0, False, "one point in the transition"),
    ("bell_shape", "10x3dup", [0, 100, -7.5, 1.5], 3.0, 30, "4pl", {}, 0, False, "falls back at the top doses",
     [(0, 25.0), (1, 30.0), (2, 40.0), (3, 35.0)]),
]


def main():
    out = sys.stdout
    out.write("# Generated by make_reference.py with Python %s, NumPy %s, SciPy %s\n"
              % (sys.version.split()[0], np.__version__, scipy.__version__))
    out.write("case,model,bottom,top,hill,weighting,well_posed,x,y,ref_bottom,ref_top,ref_log_ic50,ref_hill,"
              "ref_asymmetry,ref_ss,note\n")
    for case in CASES:
        name, kind, truth, noise, seed, model, constraints, power, well_posed, note = case[:10]
        outliers = case[10] if len(case) > 10 else ()
        x, y = simulate(seed, kind, truth, noise, model, outliers)
        if power:
            rng = np.random.RandomState(seed)
            clean = four_pl(truth, x)
            y = np.round(clean * (1 + (0.05 if power == 2 else 0) * rng.standard_normal(x.size))
                         + (np.sqrt(np.abs(clean)) * rng.standard_normal(x.size) if power == 1 else 0), 6)
        sign = 1.0 if np.mean(y[x > np.median(x)]) >= np.mean(y[x <= np.median(x)]) else -1.0
        if power:
            p, ss = prism_weighted(x, y, model, constraints, power, sign)
        else:
            p, ss = fit(x, y, model, constraints, None, starts(x, y, model, sign))
        p = canonical(p, model, constraints)
        asym = p[4] if model == "5pl" else 1.0
        cells = [name, model, constraints.get(0, "free"), constraints.get(1, "free"), constraints.get(3, "free"),
                 {0: "none", 1: "1/y", 2: "1/y2"}[power], "true" if well_posed else "false",
                 " ".join(repr(float(v)) for v in x), " ".join(repr(float(v)) for v in y),
                 repr(float(p[0])), repr(float(p[1])), repr(float(p[2])), repr(float(p[3])), repr(float(asym)),
                 repr(ss), note.replace(",", ";")]
        out.write(",".join(cells) + "\n")


if __name__ == "__main__":
    main()
