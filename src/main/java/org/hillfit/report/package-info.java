/**
 * Outputs: the Excel report, CSV exports and chart pictures, all built from the same result model.
 */
@NullMarked
package org.hillfit.report;

import org.jspecify.annotations.NullMarked;
