/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.hillfit.report.QcCsvWriter;
import org.hillfit.report.ResultsCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzeCommandTest {
    private static final Path SAMPLES = Path.of("sample-plates");

    @TempDir
    Path dir;

    @Test
    void writesResultsQcAndWorkbookForTheSamplePanel() throws IOException {
        Path results = dir.resolve("r.csv");
        Path qc = dir.resolve("qc.csv");
        Path xlsx = dir.resolve("r.xlsx");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                SAMPLES.resolve("TYK2.matrix.csv").toString(),
                SAMPLES.resolve("JAK1.matrix.csv").toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--results-csv",
                results.toString(),
                "--qc-csv",
                qc.toString(),
                "--out",
                xlsx.toString());
        assertEquals(0, run.exitCode(), run.err());

        List<String> lines = Files.readAllLines(results);
        assertEquals(String.join(",", ResultsCsvWriter.HEADER), lines.get(0));
        assertEquals(1 + 2 * 16, lines.size());
        assertTrue(lines.get(1).startsWith("TYK2,TYK2-P1,HF-001,"), lines.get(1));
        assertTrue(lines.get(17).startsWith("JAK1,JAK1-P1,HF-001,"), lines.get(17));

        List<String> qcLines = Files.readAllLines(qc);
        assertTrue(qcLines.get(0).startsWith(String.join(",", QcCsvWriter.HEADER) + ","), qcLines.get(0));
        assertEquals(3, qcLines.size());

        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            Sheet summary = workbook.getSheet("Summary");
            assertEquals(32, summary.getLastRowNum());
            assertEquals(CellType.NUMERIC, summary.getRow(1).getCell(5).getCellType());
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # layout content                                   | expected in the message
            well,role,compound,concentration,unit\\nA01,sideways,,,  | unknown role 'sideways'
            well,role,compound,concentration,unit\\nZ99,neutral,,,   | expected a well ID
            well,role,compound,concentration,unit\\nA03,sample,X,1,furlong | unknown unit 'furlong'
            well,role,compound,concentration,unit\\nA03,sample,,1,nM  | needs a compound
            well,role\\nA01,neutral\\nA01,inhibitor                 | A01 is listed twice
            """)
    void rejectsABadLayoutWithOneLineAndWritesNothing(String layoutText, String expected) throws IOException {
        Path layout = dir.resolve("layout.csv");
        Files.writeString(layout, layoutText.replace("\\n", "\n"));
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                SAMPLES.resolve("TYK2.matrix.csv").toString(),
                "--layout",
                layout.toString(),
                "--results-csv",
                results.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(run.err().contains("layout.csv"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(results));
    }

    @Test
    void rejectsAMissingInputFile() {
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                dir.resolve("nope.csv").toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--results-csv",
                results.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nope.csv: no such file"), run.err());
        assertFalse(Files.exists(results));
    }

    @Test
    void rejectsAnUnknownFormatListingWhatWasTried() throws IOException {
        Path input = dir.resolve("notes.txt");
        Files.writeString(input, "Dear diary,\nthe plate reader broke today.\n");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                input.toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("notes.txt: not a plate export Hillfit recognises"), run.err());
        assertTrue(run.err().contains("--format"), run.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliRunner.run("analyze").exitCode());
        assertEquals(2, CliRunner.run("no-such-command").exitCode());
    }
}
