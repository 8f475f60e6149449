/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hillfit.result.AnalysisResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook as LibreOffice sees it: converted headless to CSV (raw cell values, every sheet) and to PDF. Runs only
 * where {@code soffice} is on the PATH; skipped elsewhere.
 */
class LibreOfficeTest {
    /** LibreOffice's CSV filter: comma, quote, UTF-8, raw values (not as shown), every sheet to its own file. */
    private static final String CSV_FILTER =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    @TempDir
    static Path dir;

    private static Path soffice;
    private static AnalysisResult result;
    private static Path xlsx;
    private static Path csvFolder;

    @BeforeAll
    static void writeReport() throws Exception {
        Optional<Path> found = onPath("soffice");
        assumeTrue(found.isPresent(), "soffice is not on the PATH");
        soffice = found.get();
        result = ReportFixtures.tricky(dir);
        xlsx = dir.resolve("report.xlsx");
        ExcelReportWriter.write(result, xlsx);
    }

    @Test
    void summaryNumbersAsLibreOfficeReadsThemEqualTheResultsCsv() throws Exception {
        Path out = csvFolder();
        List<CSVRecord> summary = read(out.resolve("report-Summary.csv"));
        Path resultsCsv = dir.resolve("r.csv");
        ResultsCsvWriter.write(result, resultsCsv);
        Map<String, CSVRecord> expected = new HashMap<>();
        for (CSVRecord r : read(resultsCsv)) {
            expected.put(r.get("assay") + "|" + r.get("plate") + "|" + unescape(r.get("compound")), r);
        }
        assertEquals(expected.size(), summary.size());
        Map<String, String> columns = Map.of(
                "IC50 (nM)", "ic50_nM",
                "95% CI low (nM)", "ic50_ci_low_nM",
                "pIC50", "pic50",
                "Hill", "hill",
                "R\u00b2", "r2",
                "Qualifier", "qualifier",
                "Status", "status");
        for (CSVRecord row : summary) {
            CSVRecord csv = expected.get(row.get("Assay") + "|" + row.get("Plate") + "|" + row.get("Compound"));
            assertTrue(csv != null, "LibreOffice read the name " + row.get("Compound") + " back verbatim");
            for (Map.Entry<String, String> c : columns.entrySet()) {
                String lo = row.get(c.getKey());
                String ours = csv.get(c.getValue());
                if (ours.matches("-?[0-9.]+")) {
                    assertEquals(Double.parseDouble(ours), Double.parseDouble(lo), 0.0, c.getKey() + " " + row);
                } else {
                    assertEquals(ours, lo, c.getKey());
                }
            }
        }
    }

    @Test
    void everySheetOpensAndFormulaLikeNamesStayText() throws Exception {
        Path out = csvFolder();
        for (String sheet : List.of("Summary", "Selectivity", "QC", "Curves", "Data", "Methods")) {
            assertTrue(Files.size(out.resolve("report-" + sheet + ".csv")) > 0, sheet);
        }
        String selectivity = Files.readString(out.resolve("report-Selectivity.csv"));
        for (String name : ReportFixtures.INJECTIONS.values()) {
            String quoted = name.contains("\"") || name.contains(",") ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
            assertTrue(selectivity.contains("\n" + quoted + ","), name + " in " + selectivity);
        }
    }

    @Test
    void convertsToPdfWithTheCharts() throws Exception {
        Path out = convert("pdf", "pdf");
        byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/Subtype/Image") || text.contains("/Subtype /Image"), "pictures in the PDF");
    }

    /** The CSV conversion, done once for the tests that read it. */
    private static synchronized Path csvFolder() throws IOException, InterruptedException {
        if (csvFolder == null) {
            csvFolder = convert(CSV_FILTER, "csv");
        }
        return csvFolder;
    }

    private static Path convert(String filter, String name) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("out-" + name));
        Path profile = dir.resolve("lo-profile");
        Process process = new ProcessBuilder(
                        soffice.toString(),
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        filter,
                        "--outdir",
                        out.toString(),
                        xlsx.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice-" + name + ".log").toFile())
                .start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "soffice finished");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice-" + name + ".log")));
        return out;
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new ArrayList<>(
                    CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords());
        }
    }

    /** Our CSV prefixes formula-like text with an apostrophe; the workbook holds the name itself. */
    private static String unescape(String text) {
        return text.startsWith("'") ? text.substring(1) : text;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
