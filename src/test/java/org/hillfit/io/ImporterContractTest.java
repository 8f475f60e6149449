/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hillfit.samples.formats.ExportWriter;
import org.hillfit.samples.formats.ExportWriters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every importer in {@link BuiltInImporters} promises, checked on whatever is registered: a valid unique id,
 * names for users, a probe in [0, 1] that never throws, a read that fails only with an {@link ImportException}
 * naming the file (never another exception, never a hang) on damaged copies of every sample under {@code
 * src/test/resources/org/hillfit/io/formats/}, and detection that picks the right importer for every file an
 * {@link ExportWriter} writes.
 */
class ImporterContractTest {
    static final Path FORMAT_SAMPLES = Path.of("src/test/resources/org/hillfit/io/formats");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int MUTATIONS = 4;

    @TempDir
    Path dir;

    static List<PlateImporter> importers() {
        return BuiltInImporters.all();
    }

    /** Where ARCHITECTURE.md puts samples; walked too, so no importer's samples are missed. */
    static final Path OTHER_FORMAT_SAMPLES = Path.of("src/test/resources/formats");

    static Stream<Path> samples() throws IOException {
        List<Path> samples = new ArrayList<>();
        for (Path root : List.of(FORMAT_SAMPLES, OTHER_FORMAT_SAMPLES)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().endsWith(".md"))
                        .forEach(samples::add);
            }
        }
        samples.sort(null);
        return samples.stream();
    }

    static Stream<Arguments> writers() {
        return ExportWriters.all().stream()
                .map(w -> Arguments.of(w.importerId() + (w.variant().isEmpty() ? "" : " (" + w.variant() + ")"), w));
    }

    @Test
    void idsAreUniqueSlugs() {
        Set<String> seen = new HashSet<>();
        for (PlateImporter importer : importers()) {
            assertTrue(importer.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "not a slug: '" + importer.id() + "'");
            assertTrue(seen.add(importer.id()), "registered twice: " + importer.id());
            assertFalse(ImporterRegistry.AUTO.equals(importer.id()), "'auto' is reserved");
        }
    }

    @ParameterizedTest
    @MethodSource("importers")
    void describesItselfToUsers(PlateImporter importer) {
        assertFalse(importer.displayName().isBlank(), importer.id());
        assertFalse(importer.description().isBlank(), importer.id());
        assertFalse(importer.fileExtensions().isEmpty(), importer.id());
        for (String extension : importer.fileExtensions()) {
            assertTrue(extension.matches("[a-z0-9]+"), importer.id() + ": extension '" + extension + "'");
        }
    }

    @Test
    void thereAreSamplesToCheck() throws IOException {
        assertTrue(samples().count() >= 5, "samples under " + FORMAT_SAMPLES);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void probesStayInRangeOnEverySampleAndItsDamagedCopies(Path sample) throws IOException {
        for (Path file : damagedCopies(sample, true)) {
            ProbeSample probe = ProbeSample.of(file);
            for (PlateImporter importer : importers()) {
                double confidence = assertTimeoutPreemptively(PATIENCE, () -> importer.probe(probe), importer.id());
                assertTrue(confidence >= 0 && confidence <= 1, importer.id() + " gave " + confidence + " on " + file);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readFailsOnlyWithAnImportExceptionNamingTheFile(Path sample) throws IOException {
        for (Path file : damagedCopies(sample, false)) {
            for (PlateImporter importer : importers()) {
                assertTimeoutPreemptively(PATIENCE, () -> readOrExplain(importer, file), importer.id() + " on " + file);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1, ''", // plain random bytes
        "2, 504B0304", // a zip (XLSX) header, then garbage
        "3, D0CF11E0A1B11AE1", // an OLE2 (XLS) header, then garbage
        "4, FFFE", // a UTF-16LE byte-order mark, then garbage
        "5, EFBBBF", // a UTF-8 byte-order mark, then garbage
    })
    void randomBytesNeitherBreakProbesNorReads(long seed, String prefixHex) throws IOException {
        byte[] prefix = java.util.HexFormat.of().parseHex(prefixHex);
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 10; i++) {
            byte[] bytes = new byte[prefix.length + random.nextInt(20_000)];
            random.nextBytes(bytes);
            System.arraycopy(prefix, 0, bytes, 0, prefix.length);
            Path file = Files.write(dir.resolve("random-" + seed + "-" + i + ".csv"), bytes);
            ProbeSample sample = ProbeSample.of(file);
            for (PlateImporter importer : importers()) {
                double confidence = assertTimeoutPreemptively(PATIENCE, () -> importer.probe(sample), importer.id());
                assertTrue(confidence >= 0 && confidence <= 1, importer.id() + " gave " + confidence);
                assertTimeoutPreemptively(PATIENCE, () -> readOrExplain(importer, file), importer.id());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void detectionPicksTheWritersImporter(String label, ExportWriter writer) throws IOException {
        Path file = dir.resolve("written" + writer.fileSuffix());
        Files.write(file, writer.write(CrossFormatTest.platesFor(writer, CrossFormatTest.plates())));
        Detection detection = ImporterRegistry.builtIn().detect(ProbeSample.of(file));
        Detection.Candidate best = detection.ranking().get(0);
        assertEquals(writer.importerId(), best.importer().id(), label + ": " + detection.summary());
        assertTrue(best.confidence() >= Detection.ACCEPT, label + ": " + detection.summary());
    }

    /** Reads; a failure must be an ImportException whose message names the file. Other exceptions fail the test. */
    static void readOrExplain(PlateImporter importer, Path file) {
        try {
            ImportResult result = importer.read(file, ImportContext.defaults());
            assertFalse(result.plates().isEmpty(), importer.id() + " returned no plate and no error for " + file);
        } catch (ImportException e) {
            assertTrue(
                    e.getMessage().contains(String.valueOf(file.getFileName())),
                    importer.id() + ": message does not name the file: " + e.getMessage());
        }
    }

    /** Truncated and mutated copies of a sample (and the sample itself when asked), keeping its file name. */
    private List<Path> damagedCopies(Path sample, boolean withOriginal) throws IOException {
        byte[] bytes = Files.readAllBytes(sample);
        List<byte[]> variants = new ArrayList<>();
        if (withOriginal) {
            variants.add(bytes);
        }
        variants.addAll(InputMutations.truncations(bytes));
        variants.addAll(
                InputMutations.mutations(bytes, sample.getFileName().toString().hashCode(), MUTATIONS));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Path folder = Files.createDirectories(dir.resolve("v" + i));
            files.add(Files.write(folder.resolve(sample.getFileName()), variants.get(i)));
        }
        return files;
    }
}
