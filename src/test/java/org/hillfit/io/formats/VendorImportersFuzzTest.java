/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.PlateImporter;

/**
 * Damaged copies of the samples (bytes overwritten, lines cut): each importer either reads them or refuses them
 * with an {@link ImportException}; no other exception escapes.
 */
class VendorImportersFuzzTest {
    private static final List<String[]> SAMPLES = List.of(
            new String[] {"tecan", "spark-trfret-384.tsv"},
            new String[] {"tecan", "magellan-list-colmajor.txt"},
            new String[] {"tecan", "icontrol-absorbance-semicolon.csv"},
            new String[] {"softmax-txt", "trf-endpoint-384-utf16.txt"},
            new String[] {"softmax-txt", "kinetic-timeformat-2plates.txt"},
            new String[] {"gen5", "trf-384.txt"},
            new String[] {"gen5", "trf-2plates-utf16.txt"});

    /** One damage: overwrite {@code length} bytes at a relative position with one value. */
    record Damage(double where, int length, byte value) {}

    @Property(tries = 150)
    void damagedFilesAreReadOrRefusedCleanly(
            @ForAll("samples") String[] sample, @ForAll("damages") List<Damage> damages) throws IOException {
        byte[] bytes = Files.readAllBytes(FormatFixtures.sample(sample[0], sample[1]));
        for (Damage d : damages) {
            int at = (int) (d.where() * bytes.length);
            for (int i = at; i < Math.min(bytes.length, at + d.length()); i++) {
                bytes[i] = d.value();
            }
        }
        Path file = Files.createTempFile("fuzz-", "-" + sample[1]);
        try {
            Files.write(file, bytes);
            for (PlateImporter importer : List.of(new TecanImporter(), new SoftMaxTxtImporter(), new Gen5Importer())) {
                try {
                    importer.read(file, ImportContext.defaults());
                } catch (ImportException expected) {
                    // refusing a damaged file is fine; anything else fails the property
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<String[]> samples() {
        return Arbitraries.of(SAMPLES);
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        Arbitrary<Damage> damage = Combinators.combine(
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.of((byte) '\t', (byte) '\n', (byte) 'X', (byte) '9', (byte) 0, (byte) ':'))
                .as(Damage::new);
        return damage.list().ofMinSize(1).ofMaxSize(4);
    }
}
