/**
 * From raw plates to dose series: readouts, normalisation against controls, plate QC and masking.
 */
@NullMarked
package org.hillfit.analysis;

import org.jspecify.annotations.NullMarked;
