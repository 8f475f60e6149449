/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.ImportProblem;
import org.hillfit.samples.flow.FcsWriter;
import org.hillfit.samples.flow.FcsWriter.DataType;
import org.hillfit.samples.flow.FcsWriter.HeaderData;
import org.hillfit.samples.flow.FcsWriter.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The FCS variants and writer quirks the reader must handle, written by the test-side {@link FcsWriter}. */
class FcsReaderVariantsTest {
    private static final double[][] VALUES = {{1, 200, 3000, 40000}, {5, 6, 7, 8}};

    static FcsFile read(byte[] bytes) throws ImportException {
        return FcsReader.read(Path.of("fixture.fcs"), ByteBuffer.wrap(bytes), ImportLimits.DEFAULT);
    }

    private static FcsWriter twoParameters(DataType type, int bits, String version, ByteOrder order) {
        return FcsWriter.fcs31()
                .version(version)
                .dataType(type)
                .byteOrder(order)
                .parameter(new Parameter("FSC-A", "", bits, "262144", "0,0", ""))
                .parameter(new Parameter("PE-A", "pSTAT4", bits, "262144", "0,0", ""))
                .events(VALUES);
    }

    @ParameterizedTest(name = "FCS{2} {0} {1} bits {3}")
    @CsvSource({
        // data type, bits, version, byte order
        "FLOAT,  32, 3.1, BIG_ENDIAN",
        "FLOAT,  32, 3.1, LITTLE_ENDIAN",
        "DOUBLE, 64, 3.0, BIG_ENDIAN",
        "DOUBLE, 64, 3.0, LITTLE_ENDIAN",
        "INT,    32, 3.0, BIG_ENDIAN",
        "INT,    32, 3.1, LITTLE_ENDIAN",
        "INT,    24, 3.0, BIG_ENDIAN",
        "INT,    24, 3.0, LITTLE_ENDIAN",
        "FLOAT,  32, 2.0, LITTLE_ENDIAN",
        "INT,    32, 3.2, BIG_ENDIAN",
    })
    void readsEveryDataTypeInBothByteOrders(DataType type, int bits, String version, String order)
            throws ImportException {
        ByteOrder byteOrder = order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        FcsDataset d =
                read(twoParameters(type, bits, version, byteOrder).toBytes()).first();
        assertEquals("FCS" + version, d.version());
        assertEquals(4, d.eventCount());
        assertArrayEquals(new float[] {1, 200, 3000, 40000}, d.column(0));
        assertArrayEquals(new float[] {5, 6, 7, 8}, d.column(1));
        assertEquals("pSTAT4", d.parameters().get(1).label());
    }

    @ParameterizedTest(name = "$BYTEORD {0}")
    @CsvSource({"LITTLE_ENDIAN", "BIG_ENDIAN"})
    void readsTheTwoByteOrdersOfFcs20(String order) throws ImportException {
        FcsWriter w = FcsWriter.fcs31()
                .version("2.0")
                .dataType(DataType.INT)
                .byteOrder(order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                .twoByteOrder()
                .parameter(Parameter.integer("FSC-H", 16, 1024))
                .events(new double[][] {{1, 1000, 513}});
        assertArrayEquals(new float[] {1, 1000, 513}, read(w.toBytes()).first().column(0));
    }

    @Test
    void masksMixedWidthIntegersToTheirRange() throws ImportException {
        FcsWriter w = FcsWriter.fcs31()
                .version("3.0")
                .dataType(DataType.INT)
                .byteOrder(ByteOrder.LITTLE_ENDIAN)
                .parameter(Parameter.integer("A", 8, 128)) // 7 bits
                .parameter(Parameter.integer("B", 16, 1024)) // 10 bits
                .parameter(Parameter.integer("C", 24, 1 << 20)) // 20 bits
                .parameter(Parameter.integer("D", 32, 1000)) // not a power of two: 10 bits
                .parameter(Parameter.integer("E", 32, 4294967296L)) // all 32 bits
                .events(new double[][] {{0xFF}, {0xFC05}, {0xF12345}, {0xFFFF_0123L}, {0xFFFF_FFFFL}});
        FcsDataset d = read(w.toBytes()).first();
        assertEquals(0x7F, d.value(0, 0));
        assertEquals(5, d.value(1, 0));
        assertEquals(0x12345, d.value(2, 0));
        assertEquals(0x123, d.value(3, 0));
        assertEquals(4294967295f, d.value(4, 0));
    }

    @ParameterizedTest(name = "$PnE {0}, channel {1}")
    @CsvSource({
        // $PnE, channel, expected scale value (range 1024)
        "'4,1',     512,  100",
        "'4,0',     512,  100", // f2 = 0 means 1
        "'4.0,1.0', 0,    1",
        "'2,0.5',   512,  5",
        "'0,0',     512,  512", // linear
    })
    void scalesLogAmplifiedIntegers(String amplification, int channel, double expected) throws ImportException {
        FcsWriter w = FcsWriter.fcs31()
                .version("3.0")
                .dataType(DataType.INT)
                .parameter(new Parameter("FL1", "", 16, "1024", amplification, ""))
                .events(new double[][] {{channel}});
        assertEquals(expected, read(w.toBytes()).first().value(0, 0), expected * 1e-6);
    }

    @Test
    void neverLogScalesFloatData() throws ImportException {
        FcsWriter w = FcsWriter.fcs31()
                .parameter(new Parameter("FL1", "", 32, "262144", "4,1", ""))
                .events(new double[][] {{-12.5f, 300000}});
        assertArrayEquals(
                new float[] {-12.5f, 300000}, read(w.toBytes()).first().column(0));
    }

    @Test
    void dividesLinearValuesByTheGain() throws ImportException {
        FcsWriter w = FcsWriter.fcs31()
                .version("3.0")
                .dataType(DataType.INT)
                .parameter(new Parameter("FSC LinA", "", 16, "65536", "0,0", "2"))
                .parameter(new Parameter("FSC LogA", "", 16, "65536", "4,1", "2")) // gain ignored on log
                .events(new double[][] {{1000}, {16384}});
        FcsDataset d = read(w.toBytes()).first();
        assertEquals(500, d.value(0, 0));
        assertEquals(10, d.value(1, 0), 1e-5);
    }

    @Test
    void readsFixedWidthAsciiData() throws ImportException {
        FcsWriter w = FcsWriter.fcs31()
                .version("2.0")
                .dataType(DataType.ASCII)
                .parameter(new Parameter("FSC", "", 4, "1024", "0,0", ""))
                .parameter(new Parameter("FL1", "", 4, "1024", "4,1", ""))
                .events(new double[][] {{12, 1023}, {0, 256}});
        FcsDataset d = read(w.toBytes()).first();
        assertArrayEquals(new float[] {12, 1023}, d.column(0));
        assertEquals(10, d.value(1, 1), 1e-5);
    }

    @Test
    void unescapesDoubledDelimitersInKeywordsAndValues() throws ImportException {
        FcsWriter w = twoParameters(DataType.FLOAT, 32, "3.1", ByteOrder.BIG_ENDIAN)
                .keyword("$P2S", "pSTAT4/Y693")
                .keyword("FILTER/SET", "585//42");
        FcsDataset d = read(w.toBytes()).first();
        assertEquals("pSTAT4/Y693", d.parameters().get(1).label());
        assertEquals("585//42", d.keywords().get("filter/set").orElseThrow());
    }

    @Test
    void readsTextWithoutItsFinalDelimiter() throws ImportException {
        FcsWriter w = twoParameters(DataType.FLOAT, 32, "3.1", ByteOrder.BIG_ENDIAN)
                .keyword("$WELLID", "B03")
                .withoutFinalDelimiter();
        FcsDataset d = read(w.toBytes()).first();
        assertEquals("B03", d.keywords().get("$WELLID").orElseThrow());
        assertEquals(4, d.eventCount());
    }

    @Test
    void readsLowerCaseKeywords() throws ImportException {
        FcsDataset d = read(twoParameters(DataType.FLOAT, 32, "3.1", ByteOrder.LITTLE_ENDIAN)
                        .lowerCaseKeywords()
                        .toBytes())
                .first();
        assertEquals(
                List.of("FSC-A", "PE-A"),
                d.parameters().stream().map(FcsParameter::name).toList());
        assertEquals("L", d.keywords().get("$Mode").orElseThrow());
    }

    @Test
    void keepsTheFirstOfDuplicateKeywordsAndWarns() throws ImportException {
        FcsFile f = read(twoParameters(DataType.FLOAT, 32, "3.1", ByteOrder.BIG_ENDIAN)
                .keyword("$VOL", "25")
                .duplicate("$VOL", "30")
                .toBytes());
        assertEquals("25", f.first().keywords().get("$VOL").orElseThrow());
        assertTrue(
                messages(f).stream().anyMatch(m -> m.contains("$VOL appears more than once")), messages(f)::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8", "ISO-8859-1"})
    void decodesUtf8AndLatin1Values(String charset) throws ImportException {
        FcsWriter w = twoParameters(DataType.FLOAT, 32, "3.1", ByteOrder.BIG_ENDIAN)
                .charset(java.nio.charset.Charset.forName(charset))
                .keyword("$P1S", "Größe µm");
        assertEquals("Größe µm", read(w.toBytes()).first().parameters().get(0).label());
    }

    @ParameterizedTest(name = "HEADER DATA offsets {0}")
    @CsvSource({"BLANK", "WRONG_START", "END_BEYOND_FILE"})
    void fallsBackToTheTextOffsetsWhenTheHeaderIsBlankOrWrong(HeaderData mode) throws ImportException {
        FcsFile f = read(twoParameters(DataType.FLOAT, 32, "3.0", ByteOrder.BIG_ENDIAN)
                .headerData(mode)
                .toBytes());
        assertArrayEquals(new float[] {1, 200, 3000, 40000}, f.first().column(0));
        assertEquals(mode != HeaderData.BLANK, messages(f).stream().anyMatch(m -> m.contains("using the $BEGINDATA")));
    }

    @Test
    void usesTheHeaderWhenTheTextOffsetsDoNotFit() throws ImportException {
        FcsFile f = read(twoParameters(DataType.FLOAT, 32, "3.1", ByteOrder.BIG_ENDIAN)
                .keyword("$BEGINDATA", "00000000000000000100") // points into TEXT, wrong length
                .toBytes());
        assertArrayEquals(new float[] {5, 6, 7, 8}, f.first().column(1));
        assertTrue(messages(f).stream().anyMatch(m -> m.contains("using the HEADER offsets")), messages(f)::toString);
    }

    @Test
    void readsADataEndThatIsOneByteOff() throws ImportException {
        FcsFile f = read(twoParameters(DataType.INT, 16, "2.0", ByteOrder.BIG_ENDIAN)
                .dataEndOffBy(1)
                .toBytes());
        assertArrayEquals(new float[] {5, 6, 7, 8}, f.first().column(1));
    }

    @Test
    void mergesSupplementalTextWithTheTextWinning() throws ImportException {
        FcsFile f = read(twoParameters(DataType.FLOAT, 32, "3.1", ByteOrder.BIG_ENDIAN)
                .keyword("$SRC", "plate 7")
                .supplementalText(Map.of("$SRC", "other", "OPERATOR", "jw"))
                .toBytes());
        assertEquals("plate 7", f.first().keywords().get("$SRC").orElseThrow());
        assertEquals("jw", f.first().keywords().get("operator").orElseThrow());
    }

    @Test
    void followsNextDataToEveryDataset() throws ImportException {
        byte[] bytes = FcsWriter.chain(List.of(
                twoParameters(DataType.INT, 16, "2.0", ByteOrder.LITTLE_ENDIAN).twoByteOrder(),
                twoParameters(DataType.FLOAT, 32, "3.0", ByteOrder.LITTLE_ENDIAN)));
        FcsFile f = read(bytes);
        assertEquals(
                List.of("FCS2.0", "FCS3.0"),
                f.datasets().stream().map(FcsDataset::version).toList());
        assertArrayEquals(f.datasets().get(0).column(0), f.datasets().get(1).column(0));
    }

    @Test
    void readsAnEmptyDataset() throws ImportException {
        FcsWriter w =
                FcsWriter.fcs31().parameter(Parameter.floating("FSC-A", "")).events(new double[][] {{}});
        assertEquals(0, read(w.toBytes()).first().eventCount());
    }

    @Test
    void takesTheEventCountFromTheDataLengthWhenFcs20HasNoTot() throws ImportException {
        byte[] bytes =
                twoParameters(DataType.INT, 16, "2.0", ByteOrder.BIG_ENDIAN).toBytes();
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("/$TOT/4/", "/$XTOT/4/");
        FcsFile f = read(text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(4, f.first().eventCount());
        assertTrue(messages(f).stream().anyMatch(m -> m.contains("no $TOT keyword")), messages(f)::toString);
    }

    @Test
    void compensatesBySpilloverNamesNumbersOrStains() throws ImportException {
        // true (1000, 500) spilled by [[1, 0.2], [0.1, 1]] gives raw (1050, 700)
        for (String[] spill : new String[][] {
            {"$SPILLOVER", "2,FITC-A,PE-A,1,0.2,0.1,1"},
            {"SPILL", "2,1,2,1,0.2,0.1,1"},
            {"spillover", "2,CD56,pSTAT4,1,0.2,0.1,1"}
        }) {
            FcsWriter w = FcsWriter.fcs31()
                    .parameter(Parameter.floating("FITC-A", "CD56"))
                    .parameter(Parameter.floating("PE-A", "pSTAT4"))
                    .parameter(Parameter.floating("Time", ""))
                    .events(new double[][] {{1050}, {700}, {3}})
                    .keyword(spill[0], spill[1]);
            Spillover.Result r = Spillover.compensate(read(w.toBytes()).first());
            assertTrue(r.dataset().isCompensated(), spill[0]);
            assertEquals(1000, r.dataset().value(0, 0), 1e-3, spill[0]);
            assertEquals(500, r.dataset().value(1, 0), 1e-3, spill[0]);
            assertEquals(3, r.dataset().value(2, 0), spill[0]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # $SPILLOVER value          | expected in the warning
            2,FITC-A,PE-A                | expected 2 names and 4 matrix values
            2,FITC-A,APC-A,1,0,0,1       | names parameter 'APC-A'
            2,FITC-A,PE-A,1,1,1,1        | singular
            x,FITC-A                     | does not start with the number
            """)
    void leavesDataUncompensatedWithAWarningWhenTheMatrixIsUnusable(String value, String expected)
            throws ImportException {
        FcsWriter w = FcsWriter.fcs31()
                .delimiter('|')
                .parameter(Parameter.floating("FITC-A", ""))
                .parameter(Parameter.floating("PE-A", ""))
                .events(new double[][] {{1}, {2}})
                .keyword("$SPILLOVER", value);
        Spillover.Result r = Spillover.compensate(read(w.toBytes()).first());
        assertFalse(r.dataset().isCompensated());
        assertTrue(r.warnings().get(0).contains(expected), r.warnings()::toString);
    }

    private static List<String> messages(FcsFile f) {
        return f.problems().stream().map(ImportProblem::message).toList();
    }
}
