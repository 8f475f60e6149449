/**
 * The Reference page: each assay's reference compound across plates and runs as a control chart (pIC50 per run,
 * mean, limits of mean ± 2 SD, runs outside highlighted) with its runs in a table and the assay's MSR.
 */
@NullMarked
package org.hillfit.ui.reference;

import org.jspecify.annotations.NullMarked;
