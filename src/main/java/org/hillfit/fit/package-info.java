/**
 * The curve-fitting engine: 4PL (Prism's form), 3PL and constrained 4PL, 5PL and the flat line, fitted by a
 * bounded Levenberg–Marquardt with analytic Jacobians; Prism-style weighting, robust fitting, a ROUT-like outlier
 * test, asymptotic and profile-likelihood intervals; and the judgement that turns a fit into a status, a qualifier,
 * machine-readable reasons and an NCGC curve class. Concentrations are log10(mol/L) throughout. JDK only.
 *
 * <p>Entry points: {@link org.hillfit.fit.FourPlFitter} (one curve), {@link org.hillfit.fit.BatchFitter} (many, on
 * all cores), {@link org.hillfit.fit.FitOptions} (what to fit and how to judge), {@link
 * org.hillfit.fit.CurveResult} (the outcome).
 */
@NullMarked
package org.hillfit.fit;

import org.jspecify.annotations.NullMarked;
