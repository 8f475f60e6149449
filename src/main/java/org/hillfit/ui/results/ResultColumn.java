/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.function.Function;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.FourPlParameters;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.FlagText;
import org.hillfit.report.ResultFormat;
import org.hillfit.result.CurveFit;
import org.hillfit.ui.session.CurveItem;

/**
 * The columns of the IC50 table. Every number's text comes from {@link ResultFormat}, the same code the Excel report
 * and chart labels use, so table, clipboard and report always agree; the value behind it sorts the column.
 */
public enum ResultColumn {
    ASSAY("Assay", c -> Cell.text(c.curve().assay())),
    PLATE("Plate", c -> Cell.text(c.curve().plate())),
    COMPOUND("Compound", c -> Cell.text(c.curve().compound())),
    STATUS("Status", c -> Cell.text(c.curve().status().slug())),
    QUALIFIER("Qualifier", c -> Cell.text(ResultFormat.qualifier(c.curve().result()))),
    IC50("IC50 (nM)", c -> ic50(c.curve().result())),
    CI("95% CI (nM)", c -> Cell.text(ResultFormat.confidenceInterval(c.curve().result(), ConcentrationUnit.NANOMOLAR))),
    PIC50("pIC50", c -> pIc50(c.curve().result())),
    HILL("Hill", c -> parameter(c.curve(), ResultFormat.hill(c.curve().result()), FourPlParameters::hillSlope)),
    TOP("Top (%)", c -> percent(c.curve(), FourPlParameters::top)),
    BOTTOM("Bottom (%)", c -> percent(c.curve(), FourPlParameters::bottom)),
    R2(
            "R²",
            c -> new Cell(
                    ResultFormat.r2(c.curve().result().r2()), c.curve().result().r2())),
    POINTS("Points", c -> points(c.curve().result())),
    CLASS("Class", c -> Cell.text(c.curve().result().curveClass())),
    FLAGS("Flags", c -> Cell.text(FlagText.describe(c.curve().flags()))),
    REVIEW(
            "Review",
            c -> Cell.text(c.curve()
                    .decision()
                    .map(d -> d.verdict().slug() + " (" + d.reason() + ")")
                    .orElse("")));

    private final String header;
    private final Function<CurveItem, Cell> cell;

    ResultColumn(String header, Function<CurveItem, Cell> cell) {
        this.header = header;
        this.cell = cell;
    }

    /** The column header. */
    public String header() {
        return header;
    }

    /** The cell of a curve in this column. */
    public Cell cell(CurveItem item) {
        return cell.apply(item);
    }

    /** True for columns of numbers (right-aligned). */
    public boolean isNumeric() {
        return switch (this) {
            case IC50, PIC50, HILL, TOP, BOTTOM, R2 -> true;
            default -> false;
        };
    }

    /** The IC50 number without qualifier (the qualifier has its own column), sorted by potency. */
    private static Cell ic50(CurveResult result) {
        double log = result.reportedLogIc50();
        return new Cell(ResultFormat.ic50Number(result, ConcentrationUnit.NANOMOLAR), log);
    }

    private static Cell pIc50(CurveResult result) {
        double log = result.reportedLogIc50();
        return new Cell(ResultFormat.pIc50(result), Double.isNaN(log) ? Double.NaN : -log);
    }

    private static Cell parameter(
            CurveFit curve, String text, java.util.function.ToDoubleFunction<FourPlParameters> f) {
        return new Cell(text, curve.result().parameters().map(f::applyAsDouble).orElse(Double.NaN));
    }

    private static Cell percent(CurveFit curve, java.util.function.ToDoubleFunction<FourPlParameters> f) {
        double value = curve.result().parameters().map(f::applyAsDouble).orElse(Double.NaN);
        return new Cell(ResultFormat.percent(value), value);
    }

    private static Cell points(CurveResult result) {
        String text = result.pointsMasked() == 0
                ? Integer.toString(result.pointsUsed())
                : result.pointsUsed() + " (" + result.pointsMasked() + " masked)";
        return new Cell(text, result.pointsUsed());
    }
}
