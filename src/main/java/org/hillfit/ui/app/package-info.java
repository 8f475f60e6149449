/**
 * The workbench window: menu, toolbar, start screen, status bar, drag-and-drop and the screenshot tour.
 */
@NullMarked
package org.hillfit.ui.app;

import org.jspecify.annotations.NullMarked;
