/**
 * The result model: analysed plates and fitted curves with the settings that made them. Built by the pipeline in
 * {@code project}; read by reports, the CLI and the workbench.
 */
@NullMarked
package org.hillfit.result;

import org.jspecify.annotations.NullMarked;
