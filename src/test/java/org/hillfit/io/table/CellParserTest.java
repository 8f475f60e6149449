/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.hillfit.plate.WellFlag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellParserTest {
    private final CellParser point = CellParser.decimalPoint();
    private final CellParser comma = CellParser.decimalPointOrComma();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"12345|12345", "3.5|3.5", "-0.25|-0.25", "6.73e-3|0.00673", "1E+07|1e7", ".5|0.5", "+4|4"})
    void readsNumbers(String text, double expected) {
        assertEquals(expected, ((CellValue.Number) point.parse(text)).value(), 0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"0,02|0.02", "-1,5|-1.5", "3,2E-3|0.0032"})
    void readsDecimalCommasWhereTheDelimiterAllowsThem(String text, double expected) {
        assertEquals(expected, ((CellValue.Number) comma.parse(text)).value(), 1e-15);
        assertInstanceOf(CellValue.Text.class, point.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
        "OVRFLW, OVERFLOW", // Gen5
        "OVER, OVERFLOW", // Tecan
        "overflow, OVERFLOW", // BMG
        "Range?, OUT_OF_RANGE", // SoftMax Pro
        "?????, OUT_OF_RANGE", // Gen5
        "MISSED, MISSED", // Gen5
        "Error, INVALID", // SoftMax Pro
        "Path?, INVALID", // SoftMax Pro
        "n/a, NOT_AVAILABLE", // FlowJo
        "NaN, NOT_AVAILABLE", // never a silent NaN
        ">3141492.000, OVERFLOW", // Gen5 above curve range
        "<0.001, UNDERFLOW",
        "1e400, OVERFLOW", // does not fit a double
        "1e-400, UNDERFLOW", // too small for a double: not a true zero
    })
    void turnsMarkersIntoFlags(String text, WellFlag flag) {
        CellValue.Marker marker = (CellValue.Marker) point.parse(text);
        assertEquals(flag, marker.marker().flag());
        assertEquals(text, marker.marker().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "0e-400", "-0.0"})
    void trueZerosStayZero(String text) {
        assertEquals(0.0, ((CellValue.Number) point.parse(text)).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Infinity", "0x1p3", "1d", "12abc", "1.2.3", "--5"})
    void rejectsWhatJavaWouldWronglyAccept(String text) {
        assertInstanceOf(CellValue.Text.class, point.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void blankIsBlank(String text) {
        assertInstanceOf(CellValue.Blank.class, point.parse(text));
    }
}
