/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.hillfit.cli.CliRunner;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.samples.flow.FcsWriter;
import org.hillfit.samples.flow.FcsWriter.Parameter;
import org.hillfit.testing.BadCorpus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The FCS corpus ({@code src/test/resources/bad/fcs/expected-errors.csv}, see its README): damaged FCS files made
 * from a valid one by the test-side {@link FcsWriter} (no binaries committed). Each is refused by {@link FcsReader}
 * with an {@link ImportException} naming the file, before any allocation its keywords ask for, and by {@code hillfit
 * convert} and {@code analyze} with exit code 1, one line on stderr and no output.
 */
class FcsCorpusTest {
    private static final String TABLE = "/bad/fcs/expected-errors.csv";
    private static final Path LAYOUT = Path.of("sample-plates", "pstat4", "layout.csv");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void theReaderNamesTheFileAndWhatIsWrong(String file, String damage, String expected) throws IOException {
        Path input = write(file, damage);
        ImportException e = assertThrows(
                ImportException.class,
                () -> assertTimeoutPreemptively(PATIENCE, () -> FcsReader.read(input, ImportLimits.DEFAULT)));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void convertAndAnalyzeFailWithOneLineAndWriteNothing(String file, String damage, String expected)
            throws IOException {
        Path input = write(file, damage);
        Path tidy = dir.resolve("tidy.csv");
        CliRunner.Run convert = assertTimeoutPreemptively(
                PATIENCE, () -> CliRunner.run("convert", input.toString(), "--format", "fcs", "-o", tidy.toString()));
        BadCorpus.assertOneLineError(convert.exitCode(), convert.err(), file, expected, tidy);
        Path results = dir.resolve("results.csv");
        CliRunner.Run analyze = assertTimeoutPreemptively(
                PATIENCE,
                () -> CliRunner.run(
                        "analyze",
                        input.toString(),
                        "--format",
                        "fcs",
                        "--layout",
                        LAYOUT.toString(),
                        "--results-csv",
                        results.toString()));
        BadCorpus.assertOneLineError(analyze.exitCode(), analyze.err(), file, expected, results);
    }

    /** The valid file the damages start from: two float parameters, six events, a spillover matrix. */
    static FcsWriter valid() {
        return FcsWriter.fcs31()
                .byteOrder(ByteOrder.LITTLE_ENDIAN)
                .parameter(Parameter.floating("FSC-A", ""))
                .parameter(Parameter.floating("PE-A", "pSTAT4"))
                .events(new double[][] {{1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11, 12}})
                .keyword("$SPILLOVER", "2,FSC-A,PE-A,1,0.1,0,1");
    }

    /**
     * Applies a damage: {@code cut:N} keeps N bytes (negative: drops −N), {@code replace:A=B} replaces text, {@code
     * random:N} is N seeded random bytes, {@code keyword:K=V} sets a keyword (the offsets stay consistent).
     */
    static byte[] damaged(String damage) {
        String kind = damage.substring(0, damage.indexOf(':'));
        String arg = damage.substring(damage.indexOf(':') + 1);
        byte[] bytes = valid().toBytes();
        return switch (kind) {
            case "cut" -> {
                int keep = Integer.parseInt(arg);
                yield Arrays.copyOf(bytes, keep >= 0 ? keep : bytes.length + keep);
            }
            case "replace" -> {
                String[] ab = arg.split("=", 2);
                yield new String(bytes, StandardCharsets.ISO_8859_1)
                        .replace(ab[0], ab[1])
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            case "random" -> {
                byte[] random = new byte[Integer.parseInt(arg)];
                new Random(15).nextBytes(random);
                yield random;
            }
            case "keyword" -> {
                String[] kv = arg.split("=", 2);
                yield valid().keyword(kv[0], kv[1]).toBytes();
            }
            default -> throw new IllegalArgumentException("unknown damage " + damage);
        };
    }

    private Path write(String file, String damage) throws IOException {
        Path input = dir.resolve(file);
        Files.write(input, damaged(damage));
        return input;
    }

    @org.junit.jupiter.api.Test
    void everyDamageIsAppliedToAFileThatIsOtherwiseValid() throws Exception {
        Path file = dir.resolve("valid.fcs");
        Files.write(file, valid().toBytes());
        assertEquals(6, FcsReader.read(file, ImportLimits.DEFAULT).first().eventCount());
    }
}
