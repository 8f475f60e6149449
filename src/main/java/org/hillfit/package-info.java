/**
 * Hillfit: dose-response curves and IC50 reports. {@link org.hillfit.Main} is the entry point.
 */
@NullMarked
package org.hillfit;

import org.jspecify.annotations.NullMarked;
