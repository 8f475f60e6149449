/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.hillfit.testing.FuzzTries;

/**
 * Random and damaged inputs against every registered importer: random bytes, text made of the characters plate
 * exports are made of, and mutated copies of the format samples. A probe stays in [0, 1] and never throws; a read
 * either succeeds or throws an {@link ImportException} naming the file. Tries come from {@link FuzzTries} (200 in a
 * normal build, many more with {@code -Pfuzz}). jqwik has no {@code @TempDir}, so each property instance makes its
 * own temporary folder and removes it when jqwik closes the instance.
 */
@AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ImporterFuzzTest implements AutoCloseable {
    private static final String PLATE_ALPHABET = "0123456789ABCDEFGHPabcdefp,;\t\n\r \".-+eE:<>?/#OVRFLWplate";
    private static final List<String> NAMES = List.of("export.csv", "export.txt", "export.tsv", "export.xlsx", "x");

    private final Path dir;

    ImporterFuzzTest() throws IOException {
        dir = Files.createTempDirectory("hillfit-fuzz");
    }

    @Property
    void probeStaysInRangeAndNeverThrows(@ForAll("inputs") byte[] bytes, @ForAll("names") String name) {
        ProbeSample sample = ProbeSample.of(name, bytes);
        for (PlateImporter importer : BuiltInImporters.all()) {
            double confidence = importer.probe(sample);
            assertTrue(confidence >= 0 && confidence <= 1, importer.id() + " gave " + confidence);
        }
    }

    @Property
    void readSucceedsOrFailsWithAnImportExceptionNamingTheFile(
            @ForAll("inputs") byte[] bytes, @ForAll("names") String name) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        for (PlateImporter importer : BuiltInImporters.all()) {
            assertTimeoutPreemptively(
                    Duration.ofSeconds(20), () -> ImporterContractTest.readOrExplain(importer, file), importer.id());
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> text = Arbitraries.strings()
                .withChars(PLATE_ALPHABET.toCharArray())
                .ofMaxLength(3000)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, random),
                net.jqwik.api.Tuple.of(2, text),
                net.jqwik.api.Tuple.of(3, mutated()));
    }

    /** A format sample with a few mutations, or truncated. */
    private static Arbitrary<byte[]> mutated() {
        List<byte[]> samples = samples();
        return Combinators.combine(
                        Arbitraries.of(samples),
                        Arbitraries.longs(),
                        Arbitraries.integers().between(0, 4))
                .as((bytes, seed, kind) -> {
                    Random random = new Random(seed);
                    if (kind == 4) {
                        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
                    }
                    byte[] out = bytes;
                    for (int i = 0; i < 1 + random.nextInt(3); i++) {
                        out = InputMutations.mutate(out.length == 0 ? bytes : out, random, kind);
                    }
                    return out;
                });
    }

    private static List<byte[]> samples() {
        try (Stream<Path> files = ImporterContractTest.samples()) {
            return files.map(p -> {
                        try {
                            return Files.readAllBytes(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .filter(b -> b.length > 0)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
