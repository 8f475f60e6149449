/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.ControlChart;
import org.hillfit.result.HillfitVersion;

/**
 * What the Excel report shows beyond the analysis itself. Immutable; change with the {@code withX} methods.
 *
 * @param hillfitVersion the application version printed on the Methods sheet
 * @param createdAt the report date printed on the Methods sheet
 * @param unit the concentration unit of IC50s, CIs and doses in the workbook
 * @param primaryAssay the target folds are taken over on the Selectivity sheet; empty for the first assay
 * @param auditTrail the session's audit trail (a project's {@code AnalysisSession.audit()}, oldest first) printed
 *     on the Methods sheet; empty when there is no project history
 * @param referenceCharts control charts of the reference compounds (a project's
 *     {@code AnalysisSession.referenceCharts()}); the "Reference" sheet is added when there is at least one
 * @param curvePictures false to leave out every picture (thumbnails and the Curves sheet), e.g. for huge runs
 * @param fullChartLimit the most curves drawn full size on the Curves sheet; a larger run shows the Summary's
 *     thumbnails there instead (and no overlays), which keeps big workbooks quick to write and to open
 */
public record ExcelReportOptions(
        String hillfitVersion,
        OffsetDateTime createdAt,
        ConcentrationUnit unit,
        Optional<String> primaryAssay,
        List<AuditEntry> auditTrail,
        List<ControlChart> referenceCharts,
        boolean curvePictures,
        int fullChartLimit) {

    /** The default {@link #fullChartLimit()}: a full 384-well plate set of a few assays. */
    public static final int DEFAULT_FULL_CHART_LIMIT = 500;

    public ExcelReportOptions {
        Objects.requireNonNull(hillfitVersion, "hillfitVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(primaryAssay, "primaryAssay");
        auditTrail = List.copyOf(auditTrail);
        referenceCharts = List.copyOf(referenceCharts);
        if (fullChartLimit < 0) {
            throw new IllegalArgumentException("the full-chart limit must be ≥ 0; got " + fullChartLimit);
        }
    }

    /** This Hillfit's version, now, nM, the first assay as primary, no audit trail or references, pictures on. */
    public static ExcelReportOptions defaults() {
        return new ExcelReportOptions(
                HillfitVersion.current(),
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                ConcentrationUnit.NANOMOLAR,
                Optional.empty(),
                List.of(),
                List.of(),
                true,
                DEFAULT_FULL_CHART_LIMIT);
    }

    /** A copy with another primary assay for the selectivity folds. */
    public ExcelReportOptions withPrimaryAssay(String assay) {
        return new ExcelReportOptions(
                hillfitVersion,
                createdAt,
                unit,
                Optional.of(assay),
                auditTrail,
                referenceCharts,
                curvePictures,
                fullChartLimit);
    }

    /** A copy with another concentration unit. */
    public ExcelReportOptions withUnit(ConcentrationUnit newUnit) {
        return new ExcelReportOptions(
                hillfitVersion,
                createdAt,
                newUnit,
                primaryAssay,
                auditTrail,
                referenceCharts,
                curvePictures,
                fullChartLimit);
    }

    /** A copy with an audit trail (oldest first). */
    public ExcelReportOptions withAuditTrail(List<AuditEntry> entries) {
        return new ExcelReportOptions(
                hillfitVersion, createdAt, unit, primaryAssay, entries, referenceCharts, curvePictures, fullChartLimit);
    }

    /** A copy with reference-compound control charts (none: no "Reference" sheet). */
    public ExcelReportOptions withReferenceCharts(List<ControlChart> charts) {
        return new ExcelReportOptions(
                hillfitVersion, createdAt, unit, primaryAssay, auditTrail, charts, curvePictures, fullChartLimit);
    }

    /** A copy with another version and date (reproducible files in tests). */
    public ExcelReportOptions withProvenance(String version, OffsetDateTime date) {
        return new ExcelReportOptions(
                version, date, unit, primaryAssay, auditTrail, referenceCharts, curvePictures, fullChartLimit);
    }

    /** A copy with pictures on or off. */
    public ExcelReportOptions withCurvePictures(boolean pictures) {
        return new ExcelReportOptions(
                hillfitVersion, createdAt, unit, primaryAssay, auditTrail, referenceCharts, pictures, fullChartLimit);
    }

    /** A copy with another limit on full-size charts. */
    public ExcelReportOptions withFullChartLimit(int limit) {
        return new ExcelReportOptions(
                hillfitVersion, createdAt, unit, primaryAssay, auditTrail, referenceCharts, curvePictures, limit);
    }
}
