/**
 * Background work for the workbench: core jobs run as JavaFX tasks with progress and cancel, and latest-wins
 * scheduling for interactive refits.
 */
@NullMarked
package org.hillfit.ui.task;

import org.jspecify.annotations.NullMarked;
