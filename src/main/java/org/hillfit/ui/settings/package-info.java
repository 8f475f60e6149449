/**
 * Workbench settings (folders, recent projects, analysis preferences, window placement), kept in a small JSON file.
 */
@NullMarked
package org.hillfit.ui.settings;

import org.jspecify.annotations.NullMarked;
