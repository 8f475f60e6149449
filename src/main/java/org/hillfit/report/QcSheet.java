/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.List;
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
import org.hillfit.analysis.MaskReason;
import org.hillfit.analysis.NormalizedPlate;
import org.hillfit.analysis.PlateQc;
import org.hillfit.analysis.QcThresholds;
import org.hillfit.analysis.QcVerdict;
import org.hillfit.fit.Qualifier;
import org.hillfit.result.PlateResult;

/**
 * The QC sheet: one row per plate with Z', robust Z', S:B, S:N, control CVs and counts, the control centres,
 * masked and flagged wells, and the verdict filled green / amber / red. Z' and robust Z' cells are coloured by
 * conditional formatting with the same bands, so edited values recolour.
 */
final class QcSheet {
    static final String NAME = "QC";
    static final List<String> HEADER = List.of(
            "Assay",
            "Plate",
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
            "Masked wells",
            "Flagged wells",
            "Verdict");

    private QcSheet() {}

    static void write(Workbook workbook, Styles styles, List<PlateResult> plates) {
        Sheet sheet = workbook.createSheet(NAME);
        int[] max = {14, 20, 8, 8, 8, 8, 9, 9, 8, 8, 11, 11, 8, 8, 9};
        SheetTable table = new SheetTable(sheet, styles, 0, HEADER, max);
        QcThresholds thresholds = null;
        for (PlateResult plate : plates) {
            NormalizedPlate normalized = plate.normalized();
            PlateQc qc = normalized.qc();
            thresholds = normalized.options().qcThresholds();
            Row row = table.nextRow();
            table.text(row, 0, plate.assay());
            table.text(row, 1, plate.plate().name());
            table.number(row, 2, qc.zPrime(), styles.decimal2);
            table.number(row, 3, qc.robustZPrime(), styles.decimal2);
            table.number(row, 4, qc.signalToBackground(), styles.decimal1);
            table.number(row, 5, qc.signalToNoise(), styles.decimal1);
            table.number(row, 6, qc.cvNeutralPercent(), styles.decimal1);
            table.number(row, 7, qc.cvInhibitorPercent(), styles.decimal1);
            table.number(row, 8, qc.neutralCount(), styles.integer);
            table.number(row, 9, qc.inhibitorCount(), styles.integer);
            table.number(
                    row,
                    10,
                    normalized.neutralCenter(),
                    styles.significant(Qualifier.EQUAL, normalized.neutralCenter(), 4));
            table.number(
                    row,
                    11,
                    normalized.inhibitorCenter(),
                    styles.significant(Qualifier.EQUAL, normalized.inhibitorCenter(), 4));
            table.number(row, 12, normalized.masks().size(), styles.integer);
            table.number(row, 13, flagged(normalized), styles.integer);
            table.text(row, 14, qc.verdict().slug(), verdictStyle(styles, qc.verdict()));
        }
        table.finish(2);
        if (thresholds != null && table.lastRow() > 0) {
            colourZPrime(sheet, thresholds, table.lastRow());
        }
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
        CellRangeAddress[] range = {new CellRangeAddress(1, lastRow, 2, 3)};
        // Formulas relative to the range's top-left cell C2; blank cells (undefined Z') stay uncoloured.
        ConditionalFormattingRule pass =
                formatting.createConditionalFormattingRule("AND(ISNUMBER(C2),C2>=" + thresholds.pass() + ")");
        ConditionalFormattingRule warn = formatting.createConditionalFormattingRule(
                "AND(ISNUMBER(C2),C2>=" + thresholds.warn() + ",C2<" + thresholds.pass() + ")");
        ConditionalFormattingRule fail =
                formatting.createConditionalFormattingRule("AND(ISNUMBER(C2),C2<" + thresholds.warn() + ")");
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
