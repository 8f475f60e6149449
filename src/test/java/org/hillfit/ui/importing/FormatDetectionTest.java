/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hillfit.io.ImporterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Detection in words: the importer's name and a plain word, the numbers only in the tooltip. */
class FormatDetectionTest {
    private final FormatDetection detection = new FormatDetection(ImporterRegistry.builtIn());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # a vendor header seen: recognised
            readers/TYK2.envision.csv | PerkinElmer EnVision — recognised
            # a plain grid only the generic importer claims, at 0.5
            TYK2.matrix.csv           | Generic plate matrix — read as generic grid
            # one FCS file per well
            pstat4/fcs                | Flow cytometry FCS files — recognised
            """)
    void namesTheFormatInWords(String file, String expected) {
        FormatDetection.Result result = detection.detect(Path.of("sample-plates", file));

        assertEquals(expected, result.summary());
        assertTrue(result.recognised());
        assertFalse(result.summary().contains("%"), result.summary());
    }

    @Test
    void keepsTheNumbersForTheTooltip() {
        FormatDetection.Result result = detection.detect(Path.of("sample-plates", "TYK2.matrix.csv"));

        assertTrue(result.details().contains("Generic plate matrix (generic-matrix): 0.50"), result.details());
    }

    @Test
    void saysWhatWasTriedWhenNothingAccepts(@TempDir Path folder) throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "shopping: milk, eggs\n");
        int importers = ImporterRegistry.builtIn().importers().size();

        FormatDetection.Result result = detection.detect(notes);

        assertFalse(result.recognised());
        assertEquals("Not recognised — tried " + importers + " formats", result.summary());
        assertTrue(result.details().contains("PerkinElmer EnVision (envision-csv): 0.00"), result.details());
    }

    @Test
    void offersEveryFormatWithTheWordForItsClaim() {
        FormatDetection.Result result = detection.detect(Path.of("sample-plates", "readers/TYK2.envision.csv"));

        assertEquals(ImportFileRow.AUTO, result.options().get(0));
        assertEquals(
                "PerkinElmer EnVision (CSV) — recognised",
                result.options().get(1).label());
    }
}
