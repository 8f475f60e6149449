/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.samples.flow.FcsWriter;
import org.hillfit.samples.flow.FcsWriter.Parameter;
import org.hillfit.testing.FuzzTries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Truncated, corrupt and oversized input: a typed error naming the file and the problem, never a crash. */
class FcsReaderRobustnessTest {

    @TempDir
    Path dir;

    private static byte[] valid() {
        return FcsWriter.fcs31()
                .byteOrder(ByteOrder.LITTLE_ENDIAN)
                .parameter(Parameter.floating("FSC-A", ""))
                .parameter(Parameter.floating("PE-A", "pSTAT4"))
                .events(new double[][] {{1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11, 12}})
                .keyword("$SPILLOVER", "2,FSC-A,PE-A,1,0.1,0,1")
                .toBytes();
    }

    @ParameterizedTest(name = "cut at {0} bytes")
    @CsvSource({
        // bytes kept, expected in the message
        "0,    too short for an FCS file",
        "57,   too short for an FCS file",
        "300,  TEXT (bytes 256–",
        "-10,  the file is truncated",
    })
    void namesTheFileAndSaysWhatIsMissingWhenTruncated(int keep, String expected) {
        byte[] bytes = valid();
        byte[] cut = Arrays.copyOf(bytes, keep >= 0 ? keep : bytes.length + keep);
        ImportException e = assertThrows(ImportException.class, () -> FcsReaderVariantsTest.read(cut));
        assertTrue(e.getMessage().startsWith("fixture.fcs: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # replace                 | by                     | expected in the message
            /$MODE/L/                 | /$MODE/C/              | only list-mode data
            /$PAR/2/                  | /$PXR/2/               | no $PAR keyword
            /$DATATYPE/F/             | /$DATATYPE/Q/          | expected I (integer), F (float)
            /$BYTEORD/1,2,3,4/        | /$BYTEORD/3,4,1,2/     | only little-endian
            /$P1B/32/                 | /$P1B/16/              | float data ($DATATYPE F) has 32 bits
            FCS3.1                    | FCX3.1                 | not an FCS file
            """)
    void rejectsUnsupportedOrBrokenKeywordsByName(String replace, String by, String expected) {
        String text = new String(valid(), StandardCharsets.ISO_8859_1).replace(replace, by);
        ImportException e = assertThrows(
                ImportException.class, () -> FcsReaderVariantsTest.read(text.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Property
    @AddLifecycleHook(FuzzTries.class)
    void neverThrowsAnythingButImportExceptionOnDamagedFiles(
            @ForAll @IntRange(min = 0, max = 10_000) int seed, @ForAll @IntRange(min = 0, max = 3) int mode) {
        byte[] bytes = valid();
        Random random = new Random(seed);
        byte[] damaged =
                switch (mode) {
                    case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
                    case 1 -> flip(bytes, random, 1 + random.nextInt(8));
                    case 2 -> flip(Arrays.copyOf(bytes, random.nextInt(bytes.length)), random, 3);
                    default -> randomBytes(random);
                };
        try {
            FcsFile f = FcsReaderVariantsTest.read(damaged);
            Spillover.compensate(f.first());
        } catch (ImportException e) {
            assertTrue(e.getMessage().startsWith("fixture.fcs: "), e.getMessage());
        }
    }

    @Test
    void readsAMillionEventFileWithinTheDefaultHeap() throws IOException, ImportException {
        int events = 1_000_000;
        double[][] columns = new double[6][events];
        for (int p = 0; p < 6; p++) {
            for (int e = 0; e < events; e++) {
                columns[p][e] = (e % 1000) * (p + 1);
            }
        }
        FcsWriter w = FcsWriter.fcs31();
        for (String name : new String[] {"FSC-A", "FSC-H", "SSC-A", "FITC-A", "PE-A", "Time"}) {
            w.parameter(Parameter.floating(name, ""));
        }
        Path file = dir.resolve("million.fcs");
        Files.write(file, w.events(columns).toBytes());
        columns = null; // let the writer's copy go before reading
        FcsDataset d = FcsReader.read(file, ImportLimits.DEFAULT).first();
        assertEquals(events, d.eventCount());
        assertEquals(999 * 5, d.value(4, 999_999));
        assertEquals(123 * 6, d.value(5, 500_123));
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt() throws IOException {
        Path file = dir.resolve("big.fcs");
        Files.write(file, valid());
        ImportException e =
                assertThrows(ImportException.class, () -> FcsReader.read(file, new ImportLimits(100, 1000, 1000)));
        assertTrue(e.getMessage().contains("over the limit of 100 bytes"), e.getMessage());
    }

    private static byte[] flip(byte[] bytes, Random random, int count) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < count && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(400)];
        random.nextBytes(bytes);
        if (bytes.length > 6) {
            System.arraycopy("FCS3.0".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 6);
        }
        return bytes;
    }

    @Test
    void wrapsTheBufferWithoutCopyingIt() throws ImportException {
        ByteBuffer direct =
                ByteBuffer.allocateDirect(valid().length).put(valid()).flip();
        assertEquals(
                6,
                FcsReader.read(Path.of("x.fcs"), direct, ImportLimits.DEFAULT)
                        .first()
                        .eventCount());
    }

    /** Regression (#11): a $TOT that is there but unreadable was taken as missing and the count guessed. */
    @Test
    void anUnreadableTotIsAnErrorNotAGuess() {
        byte[] bytes = FcsCorpusTest.valid().keyword("$TOT", "lots").toBytes();
        ImportException e = assertThrows(ImportException.class, () -> FcsReaderVariantsTest.read(bytes));
        assertTrue(e.getMessage().contains("$TOT is 'lots'; expected a whole number of events"), e.getMessage());
    }

    /** Regression (#11): $PnB was clamped to 64 before the check, so the message named a value not in the file. */
    @Test
    void anAbsurdBitCountIsReportedAsWritten() {
        byte[] bytes = FcsCorpusTest.valid().keyword("$P1B", "99999").toBytes();
        ImportException e = assertThrows(ImportException.class, () -> FcsReaderVariantsTest.read(bytes));
        assertTrue(e.getMessage().contains("$P1B is 99999"), e.getMessage());
    }

    /** Regression (#11, found by FlowFuzzTest): "$SPILLOVER" of "," crashed; NaN entries were inverted. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # $SPILLOVER                    | expected warning
            ,                               | does not start with the number of parameters
            2,FSC-A,PE-A,1,NaN,0,1          | has the value 'NaN', not a finite number
            2,FSC-A,PE-A,1,Infinity,0,1     | has the value 'Infinity', not a finite number
            """)
    void aMalformedSpilloverIsAWarningNotACrash(String spillover, String expected) throws ImportException {
        byte[] bytes = FcsCorpusTest.valid().keyword("$SPILLOVER", spillover).toBytes();
        Spillover.Result result =
                Spillover.compensate(FcsReaderVariantsTest.read(bytes).first());
        assertTrue(result.spillover().isEmpty());
        assertTrue(
                result.warnings().get(0).contains(expected), result.warnings().toString());
    }
}
