/**
 * Exports: Excel report, CSV tables and curve pictures, written in the background.
 */
@NullMarked
package org.hillfit.ui.export;

import org.jspecify.annotations.NullMarked;
