/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed sample plates are exactly what the generator produces from its seeds. */
class SamplePlatesTest {
    @Test
    void committedSamplesMatchTheGenerator() throws IOException {
        Path folder = Path.of("sample-plates");
        for (Map.Entry<String, byte[]> e : SamplePlateGenerator.files().entrySet()) {
            Path file = folder.resolve(e.getKey());
            assertTrue(Files.exists(file), () -> file + " is missing; run the generator (see SamplePlateGenerator)");
            assertArrayEquals(
                    e.getValue(),
                    Files.readAllBytes(file),
                    () -> file + " differs from the generator's output; regenerate it on purpose and review");
        }
    }
}
