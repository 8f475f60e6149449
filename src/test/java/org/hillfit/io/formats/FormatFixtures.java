/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportResult;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.plate.Channel;
import org.hillfit.plate.Plate;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;

/** Test helpers shared by the vendor importer tests: sample files, reading, and well checks. */
final class FormatFixtures {
    private FormatFixtures() {}

    /** A sample under {@code src/test/resources/org/hillfit/io/formats/<folder>/}. */
    static Path sample(String folder, String name) {
        String resource = "/org/hillfit/io/formats/" + folder + "/" + name;
        URL url = FormatFixtures.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportResult read(PlateImporter importer, Path file) throws ImportException {
        return importer.read(file, ImportContext.defaults());
    }

    static double probe(PlateImporter importer, Path file) {
        try {
            return importer.probe(ProbeSample.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The importer is sure of the file (≥ 0.9) and the registry's detection ranks it first. */
    static void assertDetectedAsOwn(PlateImporter importer, Path file) throws IOException {
        ProbeSample probe = ProbeSample.of(file);
        assertTrue(importer.probe(probe) >= 0.9, file.getFileName() + ": " + importer.probe(probe));
        assertEquals(
                importer.id(),
                ImporterRegistry.builtIn()
                        .detect(probe)
                        .ranking()
                        .get(0)
                        .importer()
                        .id(),
                file.getFileName().toString());
    }

    static Channel channel(Plate plate, String name) {
        return plate.channel(name)
                .orElseThrow(() -> new AssertionError("no channel '" + name + "' in " + plate.channelNames()));
    }

    static void assertValue(double expected, Channel channel, String well) {
        assertEquals(expected, channel.valueAt(WellId.parse(well)), 1e-9, channel.name() + " " + well);
    }

    static void assertMarker(WellFlag flag, String text, Channel channel, String well) {
        var marker = channel.marker(WellId.parse(well))
                .orElseThrow(() -> new AssertionError(channel.name() + " " + well + " has no marker"));
        assertEquals(flag, marker.flag());
        assertEquals(text, marker.text());
    }
}
