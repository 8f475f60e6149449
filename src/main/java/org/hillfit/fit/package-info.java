/**
 * Curve models and the Levenberg–Marquardt fitter. Concentrations are log10(mol/L) throughout. JDK only.
 */
@NullMarked
package org.hillfit.fit;

import org.jspecify.annotations.NullMarked;
