/**
 * Plate maps: layout readers (long and grid forms), dilution rules, templates and dispenser transfer logs.
 */
@NullMarked
package org.hillfit.io.layout;

import org.jspecify.annotations.NullMarked;
