/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import org.hillfit.plate.WellMarker;

/** What a data cell holds once parsed: a number, a marker, nothing, or text that is neither. */
public sealed interface CellValue {

    /** A finite number. */
    record Number(double value) implements CellValue {}

    /** An instrument marker such as OVRFLW. */
    record Marker(WellMarker marker) implements CellValue {}

    /** An empty cell. */
    record Blank() implements CellValue {}

    /** Text that is neither a number nor a known marker. */
    record Text(String text) implements CellValue {}

    /** The single blank value. */
    CellValue BLANK = new Blank();
}
