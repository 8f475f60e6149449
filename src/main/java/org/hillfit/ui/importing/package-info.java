/**
 * Import of export files: detected format per file, layout from a file, a template or a dilution rule, assay names, per-file errors.
 */
@NullMarked
package org.hillfit.ui.importing;

import org.jspecify.annotations.NullMarked;
