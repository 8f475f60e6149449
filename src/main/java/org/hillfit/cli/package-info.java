/**
 * The command-line interface (picocli). Never touches JavaFX.
 */
@NullMarked
package org.hillfit.cli;

import org.jspecify.annotations.NullMarked;
