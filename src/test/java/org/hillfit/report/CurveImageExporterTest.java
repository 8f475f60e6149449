/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.CurveImageExporter.Format;
import org.hillfit.report.CurveImageExporter.Options;
import org.hillfit.result.CurveFit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurveImageExporterTest {
    @TempDir
    Path dir;

    private static List<CurveFit> twoAssays() {
        return List.of(TestCurves.ok("TYK2", "=A/B", 10), TestCurves.ok("JAK1", "=A/B", 1000));
    }

    @Test
    void writesOnePicturePerCurveAndAnOverlayPerCompound() throws Exception {
        Path folder = dir.resolve("curves");
        List<Path> files = CurveImageExporter.write(
                twoAssays(),
                folder,
                Options.DEFAULT.with(Format.PNG, 150),
                ProgressSink.NONE,
                CancellationToken.none());
        assertEquals(
                List.of("_A_B_TYK2_TYK2-P1.png", "_A_B_JAK1_JAK1-P1.png", "_A_B_all-assays.png"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        // 480 × 340 logical pixels at 150 dpi
        assertEquals(750, image.getWidth());
        assertEquals(531, image.getHeight());
    }

    @Test
    void writesSvgOnRequest() throws Exception {
        List<Path> files = CurveImageExporter.write(
                twoAssays(), dir, Options.DEFAULT.with(Format.SVG, 300), ProgressSink.NONE, CancellationToken.none());
        assertTrue(files.get(0).toString().endsWith(".svg"));
        assertTrue(Files.readString(files.get(0)).contains("<svg"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # name                | file name
            HF-001_TYK2_P1        | HF-001_TYK2_P1
            a/b\\\\c:d*e?f        | a_b__c_d_e_f
            ../../etc/passwd      | _._.._etc_passwd
            µ-compound            | _-compound
            """)
    void namesAreSafeForEveryFileSystem(String name, String expected) {
        assertEquals(expected, CurveImageExporter.unique(new HashSet<>(), name));
    }

    @Test
    void namesAreMadeUniqueIgnoringCase() {
        Set<String> used = new HashSet<>();
        assertEquals("A", CurveImageExporter.unique(used, "A"));
        assertEquals("a-2", CurveImageExporter.unique(used, "a"));
    }

    @Test
    void rejectsAnAbsurdResolution() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Options(Format.PNG, 5000, 480, 340, ConcentrationUnit.NANOMOLAR));
    }
}
