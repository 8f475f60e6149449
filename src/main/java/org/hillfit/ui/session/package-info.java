/**
 * The session being reviewed, shared by every view: one property holding the AnalysisSession, its undo history, the selected curve, and the edits that refit it in the background.
 */
@NullMarked
package org.hillfit.ui.session;

import org.jspecify.annotations.NullMarked;
