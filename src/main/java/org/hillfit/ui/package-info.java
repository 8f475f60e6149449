/**
 * The JavaFX workbench: the only package that may use JavaFX.
 */
@NullMarked
package org.hillfit.ui;

import org.jspecify.annotations.NullMarked;
