/**
 * Plate heat maps with the layout overlaid, QC figures, and masking by clicking wells.
 */
@NullMarked
package org.hillfit.ui.plate;

import org.jspecify.annotations.NullMarked;
