/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.Ic50Change;
import org.hillfit.result.InputRecord;
import org.hillfit.result.PlateResult;
import org.hillfit.result.Potency;

/**
 * The Methods sheet: how the numbers were made and from what. Version and date, the settings and the rules in
 * words ({@link MethodsText}), the number of masked wells (listed on the {@link MasksSheet}), the inputs with size
 * and SHA-256, every plate's readout and metadata, the session's audit trail with the IC50s each edit changed, and
 * importer warnings.
 */
final class MethodsSheet {
    static final String NAME = "Methods";
    private static final int[] WIDTHS = {24, 64, 18, 16, 66, 26, 22, 18};

    private final Sheet sheet;
    private final Styles styles;
    private int next;

    private MethodsSheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(Workbook workbook, Styles styles, AnalysisResult result, ExcelReportOptions options) {
        MethodsSheet m = new MethodsSheet(workbook.createSheet(NAME), styles);
        m.title("Hillfit IC50 report \u2013 methods and provenance");
        m.pair("Hillfit version", options.hillfitVersion());
        m.pair("Report created", options.createdAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.pair("Layout", result.layoutSource());
        MethodsText.settings(result.settings(), options).forEach(m::pair);
        int masked = MasksSheet.count(result.plates());
        m.pair(
                "Masked wells",
                masked == 0
                        ? "none"
                        : masked + " well(s) left out of normalisation and fits, each with its reason, note, author"
                                + " and time on the " + MasksSheet.NAME + " sheet");
        m.gap();
        m.title("Inputs");
        m.header("Assay", "File", "Format", "Size (bytes)", "SHA-256");
        for (InputRecord input : result.inputs()) {
            Row row = m.row();
            m.text(row, 0, input.assay());
            m.text(row, 1, input.path().toString());
            m.text(row, 2, input.format());
            m.number(row, 3, input.sizeBytes());
            m.text(row, 4, input.sha256());
        }
        m.gap();
        m.title("Plates");
        m.header(
                "Assay",
                "Readout",
                "Plate",
                "Format",
                "Source file",
                "Instrument / software",
                "Measured at",
                "Barcode");
        for (PlateResult plate : result.plates()) {
            m.plate(plate);
        }
        m.gap();
        m.audit(options.auditTrail(), options.unit());
        m.warnings(result.warnings());
        for (int c = 0; c < WIDTHS.length; c++) {
            m.sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        SheetTable.printSetup(m.sheet, -1);
    }

    private void plate(PlateResult plate) {
        Plate p = plate.plate();
        Row row = row();
        text(row, 0, plate.assay());
        text(row, 1, plate.normalized().readout().description());
        text(row, 2, p.name());
        text(row, 3, p.metadata(PlateMetadata.FORMAT).orElse(""));
        text(row, 4, p.metadata(PlateMetadata.SOURCE_FILE).orElse(""));
        List<String> instrument = new ArrayList<>();
        p.metadata(PlateMetadata.INSTRUMENT).ifPresent(instrument::add);
        p.metadata(PlateMetadata.SOFTWARE).ifPresent(instrument::add);
        text(row, 5, String.join(" / ", instrument));
        text(row, 6, p.metadata(PlateMetadata.MEASURED_AT).orElse(""));
        text(row, 7, p.metadata(PlateMetadata.BARCODE).orElse(""));
        fitHeight(row, plate.normalized().readout().description(), WIDTHS[1]);
    }

    /**
     * The session's audit trail, oldest first: one row per entry (time in UTC, detail, user, action, target) with
     * the IC50 before → after of each curve it changed, the first on the entry's row, the others below it.
     */
    private void audit(List<AuditEntry> entries, ConcentrationUnit unit) {
        if (entries.isEmpty()) {
            return;
        }
        title("Audit trail");
        header("Time (UTC)", "Detail", "User", "Action", "Target", "Curve", "IC50 before", "IC50 after");
        for (AuditEntry entry : entries) {
            Row row = row();
            text(row, 0, ResultFormat.timestamp(entry.time()));
            text(row, 1, entry.detail(), styles.wrapped);
            text(row, 2, entry.user());
            text(row, 3, entry.action().slug());
            text(row, 4, entry.target());
            fitHeight(row, entry.detail(), WIDTHS[1]);
            for (int i = 0; i < entry.changes().size(); i++) {
                change(i == 0 ? row : row(), entry.changes().get(i), unit);
            }
        }
        gap();
    }

    private void change(Row row, Ic50Change change, ConcentrationUnit unit) {
        text(row, 5, change.assay() + " / " + change.plate() + " / " + change.compound());
        text(row, 6, potency(change.before(), unit));
        text(row, 7, potency(change.after(), unit));
    }

    private static String potency(Optional<Potency> potency, ConcentrationUnit unit) {
        return potency.map(p -> ResultFormat.potency(p, unit)).orElse("none");
    }

    private void warnings(List<String> warnings) {
        title("Import warnings");
        if (warnings.isEmpty()) {
            text(row(), 0, "none", styles.muted);
        }
        for (String warning : warnings) {
            Row row = row();
            text(row, 1, warning, styles.wrapped);
            fitHeight(row, warning, WIDTHS[1]);
        }
    }

    private void title(String text) {
        Row row = row();
        row.setHeightInPoints(20);
        text(row, 0, text, styles.section);
    }

    private void pair(String key, String value) {
        Row row = row();
        text(row, 0, key, styles.header);
        text(row, 1, value, styles.wrapped);
        fitHeight(row, value, WIDTHS[1]);
    }

    private void header(String... names) {
        Row row = row();
        for (int c = 0; c < names.length; c++) {
            text(row, c, names[c], styles.header);
        }
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private void gap() {
        next++;
    }

    private void text(Row row, int column, String value) {
        text(row, column, value, styles.text);
    }

    private void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (!value.isEmpty()) {
            cell.setCellValue(CellText.clean(value));
        }
    }

    private void number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer);
    }

    /** Wrapped text needs an explicit height: applications do not all grow rows on opening. */
    private static void fitHeight(Row row, String text, int width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, SheetTable.wrappedLines(paragraph, width * 1.1));
        }
        if (lines > 1) {
            row.setHeightInPoints(15f * Math.min(lines, 20));
        }
    }
}
