/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.hillfit.analysis.AssayQc;
import org.hillfit.analysis.ControlOutlier;
import org.hillfit.analysis.MaskReason;
import org.hillfit.analysis.NormalizedPlate;
import org.hillfit.analysis.PlateQc;
import org.hillfit.analysis.QcThresholds;
import org.hillfit.analysis.QcVerdict;
import org.hillfit.fit.Qualifier;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.result.PlateResult;

/**
 * The QC sheet: one row per plate with its verdict filled green / amber / red, Z', robust Z', S:B, S:N, control CVs
 * and counts, the control centres, control outliers, the edge effect, masked and flagged wells, the normalisation
 * basis, the readout and the layout's dose units; below the plates, one row per assay summarising its plates
 * ({@link AssayQc}). Z' and robust Z' cells are coloured by conditional formatting with the same bands, so edited
 * values recolour.
 */
final class QcSheet {
    static final String NAME = "QC";
    static final List<String> HEADER = List.of(
            "Assay",
            "Plate",
            "Verdict",
            "Z\u2032",
            "Robust Z\u2032",
            "S:B",
            "S:N",
            "CV neutral (%)",
            "CV inhibitor (%)",
            "n neutral",
            "n inhibitor",
            "Neutral centre",
            "Inhibitor centre",
            "Control outliers",
            "Edge effect (%)",
            "Masked wells",
            "Flagged wells",
            "Normalisation",
            "Readout",
            "Dose unit");
    static final List<String> ASSAY_HEADER = List.of(
            "Assay",
            "Plates",
            "Verdict",
            "Mean Z\u2032",
            "Mean robust Z\u2032",
            "Mean S:B",
            "Min Z\u2032",
            "Mean CV neutral (%)",
            "Mean CV inhibitor (%)",
            "Pass",
            "Warn",
            "Fail",
            "Control outliers");
    /** The section title above the assay rows. */
    static final String ASSAY_TITLE = "Assays (all plates of each)";

    private static final int[] MAX_WIDTHS = {14, 20, 9, 8, 8, 8, 8, 9, 9, 8, 8, 11, 11, 30, 9, 8, 8, 28, 36, 8};
    private static final int Z_PRIME = HEADER.indexOf("Z\u2032");

    private final SheetTable table;
    private final Styles styles;

    private QcSheet(SheetTable table, Styles styles) {
        this.table = table;
        this.styles = styles;
    }

    static void write(Workbook workbook, Styles styles, List<PlateResult> plates, List<AssayQc> assays) {
        Sheet sheet = workbook.createSheet(NAME);
        QcSheet qc = new QcSheet(new SheetTable(sheet, styles, 0, HEADER, MAX_WIDTHS), styles);
        QcThresholds thresholds = null;
        for (PlateResult plate : plates) {
            qc.plate(plate);
            thresholds = plate.normalized().options().qcThresholds();
        }
        int lastPlateRow = qc.table.lastRow();
        qc.table.finish(2);
        if (thresholds != null && lastPlateRow > 0) {
            colourZPrime(sheet, thresholds, lastPlateRow);
        }
        if (!assays.isEmpty()) {
            qc.assays(lastPlateRow + 2, assays);
        }
    }

    private void plate(PlateResult plate) {
        NormalizedPlate normalized = plate.normalized();
        PlateQc qc = normalized.qc();
        Row row = table.nextRow();
        table.text(row, 0, plate.assay());
        table.text(row, 1, plate.plate().name());
        table.text(row, 2, qc.verdict().slug(), verdictStyle(styles, qc.verdict()));
        table.number(row, 3, qc.zPrime(), styles.decimal2);
        table.number(row, 4, qc.robustZPrime(), styles.decimal2);
        table.number(row, 5, qc.signalToBackground(), styles.decimal1);
        table.number(row, 6, qc.signalToNoise(), styles.decimal1);
        table.number(row, 7, qc.cvNeutralPercent(), styles.decimal1);
        table.number(row, 8, qc.cvInhibitorPercent(), styles.decimal1);
        table.number(row, 9, qc.neutralCount(), styles.integer);
        table.number(row, 10, qc.inhibitorCount(), styles.integer);
        centre(row, 11, normalized.neutralCenter());
        centre(row, 12, normalized.inhibitorCenter());
        int lines = wrapped(row, 13, outliers(qc.controlOutliers()));
        table.number(row, 14, qc.spatial().map(s -> s.edgeEffectPercent()).orElse(Double.NaN), styles.decimal1);
        table.number(row, 15, normalized.masks().size(), styles.integer);
        table.number(row, 16, flagged(normalized), styles.integer);
        lines = Math.max(lines, wrapped(row, 17, normalized.basis()));
        lines = Math.max(lines, wrapped(row, 18, normalized.correctedReadout().description()));
        table.text(row, 19, units(normalized));
        if (lines > 1) {
            row.setHeightInPoints(15f * Math.min(lines, 4));
        }
    }

    /** A wrapped text cell; returns the lines it takes at the column's widest. */
    private int wrapped(Row row, int column, String text) {
        table.text(row, column, text, styles.wrapped);
        return SheetTable.wrappedLines(text, MAX_WIDTHS[column] / 1.1);
    }

    private void centre(Row row, int column, double value) {
        table.number(row, column, value, styles.significant(Qualifier.EQUAL, value, 4));
    }

    /** The assay summary: a title, a header and one row per assay, starting at {@code firstRow}. */
    private void assays(int firstRow, List<AssayQc> assays) {
        Sheet sheet = table.sheet();
        Row title = sheet.createRow(firstRow);
        title.setHeightInPoints(20);
        table.text(title, 0, ASSAY_TITLE, styles.section);
        Row header = sheet.createRow(firstRow + 1);
        header.setHeightInPoints(45); // three lines: "Mean CV inhibitor (%)" wraps in a number-wide column
        for (int c = 0; c < ASSAY_HEADER.size(); c++) {
            table.text(header, c, ASSAY_HEADER.get(c), styles.header);
        }
        int r = firstRow + 2;
        for (AssayQc qc : assays) {
            Row row = sheet.createRow(r++);
            table.text(row, 0, qc.assay());
            table.number(row, 1, qc.plates(), styles.integer);
            table.text(row, 2, qc.verdict().slug(), verdictStyle(styles, qc.verdict()));
            table.number(row, 3, qc.meanZPrime(), styles.decimal2);
            table.number(row, 4, qc.meanRobustZPrime(), styles.decimal2);
            table.number(row, 5, qc.meanSignalToBackground(), styles.decimal1);
            table.number(row, 6, qc.minZPrime(), styles.decimal2);
            table.number(row, 7, qc.meanCvNeutralPercent(), styles.decimal1);
            table.number(row, 8, qc.meanCvInhibitorPercent(), styles.decimal1);
            table.number(row, 9, qc.passed(), styles.integer);
            table.number(row, 10, qc.warned(), styles.integer);
            table.number(row, 11, qc.failed(), styles.integer);
            table.number(row, 12, qc.controlOutliers(), styles.integer);
        }
    }

    /** "D02 (neutral, z -4.9); M23 (inhibitor, z 50.4, masked)"; "" without outliers. */
    static String outliers(List<ControlOutlier> outliers) {
        return outliers.stream()
                .map(o -> o.well().label() + " (" + o.role().slug() + ", z " + ResultFormat.decimals(o.robustZ(), 1)
                        + (o.masked() ? ", masked" : "") + ")")
                .collect(Collectors.joining("; "));
    }

    /** The layout's concentration units, "nM" (several joined by ", "). */
    private static String units(NormalizedPlate plate) {
        return plate.layout().units().stream().map(ConcentrationUnit::symbol).collect(Collectors.joining(", "));
    }

    /** Wells masked because the instrument flagged them. */
    static long flagged(NormalizedPlate plate) {
        return plate.masks().values().stream()
                .filter(m -> m.reason() == MaskReason.INSTRUMENT_FLAG)
                .count();
    }

    static CellStyle verdictStyle(Styles styles, QcVerdict verdict) {
        return switch (verdict) {
            case PASS -> styles.good;
            case WARN -> styles.neutral;
            case FAIL -> styles.bad;
        };
    }

    private static void colourZPrime(Sheet sheet, QcThresholds thresholds, int lastRow) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(1, lastRow, Z_PRIME, Z_PRIME + 1)};
        // Formulas relative to the range's top-left cell D2; blank cells (undefined Z') stay uncoloured.
        ConditionalFormattingRule pass =
                formatting.createConditionalFormattingRule("AND(ISNUMBER(D2),D2>=" + thresholds.pass() + ")");
        ConditionalFormattingRule warn = formatting.createConditionalFormattingRule(
                "AND(ISNUMBER(D2),D2>=" + thresholds.warn() + ",D2<" + thresholds.pass() + ")");
        ConditionalFormattingRule fail =
                formatting.createConditionalFormattingRule("AND(ISNUMBER(D2),D2<" + thresholds.warn() + ")");
        paint(pass, Styles.GOOD_FILL, Styles.GOOD_FONT);
        paint(warn, Styles.NEUTRAL_FILL, Styles.NEUTRAL_FONT);
        paint(fail, Styles.BAD_FILL, Styles.BAD_FONT);
        formatting.addConditionalFormatting(range, new ConditionalFormattingRule[] {pass, warn, fail});
    }

    private static void paint(ConditionalFormattingRule rule, String fill, String font) {
        XSSFPatternFormatting pattern = (XSSFPatternFormatting) rule.createPatternFormatting();
        pattern.setFillBackgroundColor(new XSSFColor(Styles.rgb(fill), null));
        pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        XSSFFontFormatting text = (XSSFFontFormatting) rule.createFontFormatting();
        text.setFontColor(new XSSFColor(Styles.rgb(font), null));
    }
}
