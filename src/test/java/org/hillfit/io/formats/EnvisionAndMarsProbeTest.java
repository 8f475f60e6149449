/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;

/**
 * Each importer claims its own vendor's files (≥ 0.9) and leaves everyone else's alone (≤ 0.2): every public sample,
 * the bundled sample plates, and both importers' hand-made samples.
 */
class EnvisionAndMarsProbeTest {
    private final EnvisionCsvImporter envision = new EnvisionCsvImporter();
    private final MarsImporter mars = new MarsImporter();

    @Test
    void claimsOnlyItsOwnVendorsPublicSamples() throws IOException {
        assumeTrue(PublicData.isAvailable(), "public data not available");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(PublicData.folder())) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains("LICENSES"))
                    .filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
        assertTrue(files.size() >= 30, "expected the public samples, found " + files.size());
        for (Path file : files) {
            String vendor = PublicData.folder().relativize(file).getName(0).toString();
            check(file, envision, vendor.equals("perkinelmer_envision"));
            check(file, mars, vendor.equals("bmg_labtech"));
        }
    }

    @Test
    void claimsOnlyItsOwnHandMadeSamples() throws IOException, URISyntaxException {
        for (String folder : List.of("envision-csv", "mars")) {
            for (Path file : samples(folder)) {
                check(file, envision, folder.equals("envision-csv"));
                check(file, mars, folder.equals("mars"));
            }
        }
    }

    @Test
    void leavesTheBundledSamplePlatesToTheGenericImporter() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(Path.of("sample-plates"))) {
            list.forEach(files::add);
        }
        for (Path file : files) {
            check(file, envision, false);
            check(file, mars, false);
        }
    }

    @Property(tries = 200)
    void probesStayInRangeOnRandomBytes(@ForAll @Size(max = 4096) byte[] bytes) {
        for (PlateImporter importer : List.of(envision, mars)) {
            double confidence = importer.probe(ProbeSample.of("random.csv", bytes));
            assertTrue(confidence >= 0 && confidence <= 0.2, importer.id() + " " + confidence);
        }
    }

    private static List<Path> samples(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(EnvisionAndMarsProbeTest.class.getResource(folder))
                .toURI());
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    private static void check(Path file, PlateImporter importer, boolean own) throws IOException {
        double confidence = importer.probe(ProbeSample.of(file));
        if (own) {
            assertTrue(
                    confidence >= 0.9,
                    () -> importer.id() + " gives its own " + file.getFileName() + " only " + confidence);
        } else {
            assertTrue(
                    confidence <= 0.2, () -> importer.id() + " claims " + file.getFileName() + " with " + confidence);
        }
    }
}
