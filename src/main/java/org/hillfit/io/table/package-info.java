/**
 * Shared reading machinery for importers: encoding and delimiter detection, text and spreadsheet tables, cell and
 * marker parsing, plate-matrix blocks.
 */
@NullMarked
package org.hillfit.io.table;

import org.jspecify.annotations.NullMarked;
