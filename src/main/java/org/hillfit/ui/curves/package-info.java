/**
 * The curve gallery (thumbnails rendered off the FX thread and cached) and the detail chart where points are masked.
 */
@NullMarked
package org.hillfit.ui.curves;

import org.jspecify.annotations.NullMarked;
