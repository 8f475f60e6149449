/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Tecan, SoftMax Pro and Gen5 probes against every real export in the public data folder: at least 0.9 for
 * their own vendor's plate exports, at most 0.2 for everything else (other vendors, FCS, side-car maps), and
 * auto-detection picks them. Plus: a probe never throws and stays in [0, 1], whatever the bytes.
 */
class VendorProbeTest {
    private static final List<PlateImporter> IMPORTERS =
            List.of(new TecanImporter(), new SoftMaxTxtImporter(), new Gen5Importer());
    /** Folder of the public data → the importer whose files it holds. */
    private static final Map<String, String> OWNER =
            Map.of("tecan", "tecan", "moldev_softmaxpro", "softmax-txt", "biotek_gen5", "gen5");
    /** Files in a vendor folder that are not plate exports. */
    private static final Set<String> SIDE_CARS = Set.of("list.pH.csv", "scheme.txt");

    @TestFactory
    Stream<DynamicTest> probesRateEveryPublicFile() throws IOException {
        if (!PublicData.isAvailable()) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(PublicData.folder())) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains("LICENSES"))
                    .sorted()
                    .toList();
        }
        return files.stream()
                .map(f -> DynamicTest.dynamicTest(
                        PublicData.folder().relativize(f).toString(), () -> {
                            ProbeSample sample = ProbeSample.of(f);
                            String owner = owner(f);
                            for (PlateImporter importer : IMPORTERS) {
                                double confidence = importer.probe(sample);
                                if (importer.id().equals(owner)) {
                                    assertTrue(confidence >= 0.9, importer.id() + " rates its own file " + confidence);
                                } else {
                                    assertTrue(
                                            confidence <= 0.2,
                                            importer.id() + " claims a foreign file with " + confidence);
                                }
                            }
                            if (!owner.isEmpty()) {
                                assertEquals(
                                        owner,
                                        ImporterRegistry.builtIn()
                                                .detect(sample)
                                                .ranking()
                                                .get(0)
                                                .importer()
                                                .id());
                            }
                        }));
    }

    @Property(tries = 300)
    void probesNeverThrowOnRandomBytes(@ForAll @Size(max = 2000) byte[] bytes, @ForAll("names") String name) {
        ProbeSample sample = ProbeSample.of(name, bytes);
        for (PlateImporter importer : IMPORTERS) {
            double confidence = importer.probe(sample);
            assertTrue(confidence >= 0 && confidence <= 1, importer.id() + " gave " + confidence);
        }
    }

    @Property(tries = 200)
    void probesNeverThrowOnRandomText(@ForAll @Size(max = 3000) String text) {
        ProbeSample sample = ProbeSample.of(
                "export.txt", ("##BLOCKS= 1\nLabel: x\n" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (PlateImporter importer : IMPORTERS) {
            double confidence = importer.probe(sample);
            assertTrue(confidence >= 0 && confidence <= 1, importer.id() + " gave " + confidence);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> names() {
        return net.jqwik.api.Arbitraries.of("plate.txt", "plate.xlsx", "plate.xls", "plate.csv", "noextension", "");
    }

    private static String owner(Path file) {
        if (SIDE_CARS.contains(String.valueOf(file.getFileName()))) {
            return "";
        }
        Path relative = PublicData.folder().relativize(file);
        return relative.getNameCount() > 1
                ? OWNER.getOrDefault(relative.getName(0).toString(), "")
                : "";
    }
}
