/**
 * Project files: open, save, autosave with crash recovery, recent projects, and the read-only audit trail.
 */
@NullMarked
package org.hillfit.ui.project;

import org.jspecify.annotations.NullMarked;
