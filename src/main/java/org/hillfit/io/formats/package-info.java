/**
 * One importer class per instrument export format.
 */
@NullMarked
package org.hillfit.io.formats;

import org.jspecify.annotations.NullMarked;
