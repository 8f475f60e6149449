/**
 * The domain: plates, wells, channels, layouts and concentrations. Immutable values, JDK only.
 */
@NullMarked
package org.hillfit.plate;

import org.jspecify.annotations.NullMarked;
