/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formula injection through every export: compound, assay and curve names that start with {@code = + - @} (readers
 * strip leading tabs and CRs, and {@code CsvText} covers them) reach the results, QC, wells, tidy, curve-table, summary, replicate and control-chart CSVs with a leading
 * apostrophe, the layout files likewise (and read back unchanged), the workbook only as string cells, and SVG
 * titles escaped.
 */
class FormulaInjectionTest {
    private static final List<String> NAMES = List.of("=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", "-cmd", "=A1");
    private static final String ASSAY = "=HYPERLINK(\"http://x\")";

    @TempDir
    static Path dir;

    private static final List<Path> CSVS = new ArrayList<>();
    private static Path layout;

    @BeforeAll
    static void analyseASampleWhoseNamesAreFormulas() throws IOException {
        String text = Files.readString(Path.of("sample-plates", "panel-layout.csv"));
        for (int i = 0; i < NAMES.size(); i++) {
            String quoted = "\"" + NAMES.get(i) + "\"";
            text = text.replace(",HF-00" + (i + 1) + ",", "," + quoted + ",");
        }
        text = text.replace(",HF-007,", ",\"<script>alert(1)</script>\",");
        layout = dir.resolve("layout.csv");
        Files.writeString(layout, text);
        Path project = dir.resolve("p.hillfit");
        CliRunner.Run analyze = CliRunner.run(
                "analyze",
                "sample-plates/TYK2.matrix.csv",
                "--layout",
                layout.toString(),
                "--assay",
                ASSAY,
                "--results-csv",
                csv("results.csv"),
                "--qc-csv",
                csv("qc.csv"),
                "--wells-csv",
                csv("wells.csv"),
                "--out",
                dir.resolve("report.xlsx").toString(),
                "--curves-dir",
                dir.resolve("curves").toString(),
                "--image-format",
                "svg",
                "--save",
                project.toString());
        assertEquals(0, analyze.exitCode(), analyze.err());
        CliRunner.Run summarize = CliRunner.run(
                "summarize",
                project.toString(),
                "--out",
                csv("summary.csv"),
                "--replicates-csv",
                csv("replicates.csv"),
                "--reference-csv",
                csv("reference.csv"),
                "--reference",
                ASSAY + "=" + NAMES.get(0));
        assertEquals(0, summarize.exitCode(), summarize.err());
        Path curves = dir.resolve("curves.csv");
        Files.writeString(
                curves, "curve_id,concentration,response\n\"=cmd|' /C calc'!A0\",1,2\n\"=cmd|' /C calc'!A0\",10,50\n");
        assertEquals(
                0,
                CliRunner.run("fit", curves.toString(), "-o", csv("fits.csv")).exitCode());
        Path tidySource = dir.resolve("list.csv");
        Files.writeString(tidySource, "plate,well,channel,value\n\"'=plate\",A01,\"'@665\",5\n");
        CliRunner.Run convert = CliRunner.run("convert", tidySource.toString(), "-o", csv("tidy.csv"));
        assertEquals(0, convert.exitCode(), convert.err());
        CliRunner.Run layoutLong = CliRunner.run("layout", "convert", layout.toString(), "-o", csv("layout-long.csv"));
        assertEquals(0, layoutLong.exitCode(), layoutLong.err());
        CliRunner.Run layoutGrid =
                CliRunner.run("layout", "convert", layout.toString(), "--grid", "-o", csv("layout-grid.csv"));
        assertEquals(0, layoutGrid.exitCode(), layoutGrid.err());
    }

    private static String csv(String name) {
        Path file = dir.resolve(name);
        CSVS.add(file);
        return file.toString();
    }

    /** The results CSV's qualifier "=" (the contract's exact IC50) is the one allowed cell. */
    @Test
    void noCellOfAnyCsvExportStartsAFormula() throws IOException {
        for (Path file : CSVS) {
            assertTrue(Files.exists(file), file + " written");
            try (Reader in = Files.newBufferedReader(file)) {
                for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
                    for (String cell : record) {
                        assertFalse(
                                !cell.isEmpty() && !cell.equals("=") && "=+@\t\r".indexOf(cell.charAt(0)) >= 0,
                                file.getFileName() + " line " + record.getRecordNumber() + ": " + cell);
                        assertFalse(
                                cell.startsWith("-") && !cell.matches("-[0-9.]+(E[+-]?[0-9]+)?"),
                                file.getFileName() + " line " + record.getRecordNumber() + ": " + cell);
                    }
                }
            }
        }
    }

    @Test
    void theNamesArrivePrefixedNotAlteredOtherwise() throws IOException {
        String results = Files.readString(dir.resolve("results.csv"));
        for (String name : NAMES) {
            assertTrue(results.contains("'" + name), name);
        }
        assertTrue(results.contains("'" + ASSAY.replace("\"", "\"\"")), "assay name");
        assertTrue(Files.readString(dir.resolve("fits.csv")).contains("'=cmd|' /C calc'!A0"));
        assertTrue(Files.readString(dir.resolve("tidy.csv")).startsWith("plate,"));
    }

    @Test
    void theLayoutFilesReadBackWithTheOriginalNames() throws IOException {
        for (String file : List.of("layout-long.csv", "layout-grid.csv")) {
            CliRunner.Run again = CliRunner.run(
                    "layout",
                    "convert",
                    dir.resolve(file).toString(),
                    "-o",
                    dir.resolve("again-" + file).toString());
            assertEquals(0, again.exitCode(), again.err());
            assertEquals(
                    Files.readString(dir.resolve("layout-long.csv")),
                    Files.readString(dir.resolve("again-" + file)),
                    file + " round trip");
        }
        assertTrue(Files.readString(dir.resolve("layout-long.csv")).contains(",'=1+1,"));
    }

    @Test
    void theWorkbookHasNoFormulaCell() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve("report.xlsx").toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.FORMULA, sheet.getSheetName() + cell.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void svgTitlesAreEscaped() throws IOException {
        List<Path> svgs;
        try (Stream<Path> files = Files.list(dir.resolve("curves"))) {
            svgs = files.filter(p -> p.toString().endsWith(".svg")).toList();
        }
        assertFalse(svgs.isEmpty());
        for (Path svg : svgs) {
            assertFalse(Files.readString(svg).contains("<script"), svg.toString());
        }
    }
}
