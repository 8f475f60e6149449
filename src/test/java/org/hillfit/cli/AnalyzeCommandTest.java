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

    @Test
    void acceptanceRunOfTheFourTargetPanel() throws Exception {
        Path results = dir.resolve("r.csv");
        Path xlsx = dir.resolve("report.xlsx");
        CliRunner.Run run = CliRunner.run(panelArgs("--out", xlsx.toString(), "--results-csv", results.toString()));
        assertEquals(0, run.exitCode(), run.err());
        List<String> csv = Files.readAllLines(results);
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            Sheet summary = workbook.getSheet("Summary");
            assertEquals(csv.size() - 1, summary.getLastRowNum());
            var drawing = ((org.apache.poi.xssf.usermodel.XSSFSheet) summary).getDrawingPatriarch();
            assertEquals(64, drawing.getShapes().size(), "one curve picture per row");
            // HF-001 on TYK2 is the first row of both; IC50 and pIC50 are the same numbers
            String[] first = csv.get(1).split(",");
            assertEquals(
                    Double.parseDouble(first[5]), summary.getRow(1).getCell(4).getNumericCellValue(), 0.0);
            assertEquals(
                    Double.parseDouble(first[8]), summary.getRow(1).getCell(7).getNumericCellValue(), 0.0);
        }
    }

    @Test
    void writesWellsCsvAndSvgCurvePictures() throws IOException {
        Path wells = dir.resolve("wells.csv");
        Path curves = dir.resolve("curves");
        CliRunner.Run run = CliRunner.run(
                panelArgs("--wells-csv", wells.toString(), "--curves-dir", curves.toString(), "--image-format", "svg"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1 + 4 * 384, Files.readAllLines(wells).size());
        try (var files = Files.list(curves)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(64 + 16, names.size());
            assertTrue(names.contains("HF-001_TYK2_TYK2-P1.svg"), names.toString());
            assertTrue(names.contains("HF-001_all-assays.svg"), names.toString());
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # option          | value | expected in the message
            --primary-assay   | JAK9  | --primary-assay 'JAK9' is not one of the assays analysed: TYK2, JAK1, JAK2, JAK3
            --dpi             | 5     | --dpi must be between 72 and 1200
            --image-format    | gif   | --image-format
            """)
    void reportOptionMistakesAreUsageErrorsAndWriteNothing(String option, String value, String expected) {
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run(panelArgs("--results-csv", results.toString(), option, value));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(Files.exists(results));
    }

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            # option, output in a folder that does not exist (--save: ReportCommandTest)
            --out,         no/such/folder/report.xlsx
            --qc-csv,      no/such/folder/qc.csv
            --wells-csv,   no/such/folder/wells.csv
            --curves-dir,  no/such/folder/curves
            """)
    void anOutputInAMissingFolderIsRefusedBeforeAnythingIsWritten(String option, String output) {
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                SAMPLES.resolve("TYK2.matrix.csv").toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--results-csv",
                results.toString(),
                option,
                dir.resolve(output).toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("the folder"), run.err());
        assertTrue(run.err().contains("does not exist"), run.err());
        assertFalse(Files.exists(results), "nothing written");
    }

    @Test
    void analyzeAndConvertShareTheirImportOptions() {
        String analyze = CliRunner.run("analyze", "--help").out();
        String convert = CliRunner.run("convert", "--help").out();
        for (String option : List.of("--format", "--channel", "--max-file-mb", "--debug")) {
            assertEquals(helpOf(option, analyze), helpOf(option, convert), option);
        }
    }

    /** The help of one option: its line and the indented lines below it, without spaces (widths and line breaks differ). */
    private static String helpOf(String option, String help) {
        List<String> lines = help.lines().toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(option)) {
                text.append(lines.get(i).strip());
                for (int j = i + 1; j < lines.size() && isContinuation(lines.get(j)); j++) {
                    text.append(' ').append(lines.get(j).strip());
                }
                return text.toString().replaceAll("\\s+", "");
            }
        }
        throw new AssertionError("no " + option + " in\n" + help);
    }

    private static boolean isContinuation(String line) {
        return line.startsWith(" ") && !line.isBlank() && !line.strip().startsWith("-");
    }

    private static String[] panelArgs(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("analyze"));
        for (String target : List.of("TYK2", "JAK1", "JAK2", "JAK3")) {
            args.add(SAMPLES.resolve(target + ".matrix.csv").toString());
        }
        args.addAll(List.of("--layout", SAMPLES.resolve("panel-layout.csv").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
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
