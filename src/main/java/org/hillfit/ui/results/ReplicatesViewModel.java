/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.hillfit.project.AnalysisSession;
import org.hillfit.report.ResultFormat;
import org.hillfit.result.CombinedPotency;
import org.hillfit.result.Replicate;
import org.hillfit.result.ReplicateSummarizer;
import org.hillfit.result.ReplicateSummary;

/**
 * The replicates of each compound that is on several plates of an assay: geometric mean IC50 (mean pIC50), SD, n
 * and the case of the bounded rule that combined them ({@link ReplicateSummarizer}, as {@code hillfit summarize}
 * does), outlier runs flagged and curves that do not count named with the reason; and, for the compound chosen, one
 * row per plate. Needs no JavaFX toolkit.
 */
public final class ReplicatesViewModel {
    /** Columns of the summary table. */
    public static final List<String> SUMMARY_HEADER = List.of(
            "Assay",
            "Compound",
            "Mean IC50 (nM)",
            "Mean pIC50",
            "SD (log)",
            "n",
            "Combination",
            "Outlier runs",
            "Not counted");
    /** Columns of the chosen compound's runs. */
    public static final List<String> RUN_HEADER =
            List.of("Run (plate)", "Date", "IC50 (nM)", "pIC50", "Counts", "Outlier");

    private static final String OUTLIER_DETAIL = "more than 0.5 log (3.2-fold) from the mean of the other runs;"
            + " still counted: reject the curve to leave it out, so the decision is on record";

    private final ObservableValue<AnalysisSession> session;
    private final ReadOnlyObjectWrapper<CellRows> summaries =
            new ReadOnlyObjectWrapper<>(this, "summaries", CellRows.EMPTY);
    private final ReadOnlyObjectWrapper<CellRows> runs = new ReadOnlyObjectWrapper<>(this, "runs", CellRows.EMPTY);
    private List<ReplicateSummary> shown = List.of();
    private Optional<List<String>> chosen = Optional.empty();

    /** @param session the open session (the model's property; null when none is open) */
    public ReplicatesViewModel(ObservableValue<AnalysisSession> session) {
        this.session = session;
        session.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** One row per assay and compound with two or more curves, in order of first appearance. */
    public ReadOnlyObjectProperty<CellRows> summariesProperty() {
        return summaries.getReadOnlyProperty();
    }

    /** The chosen compound's curves, one row per plate; empty until one is chosen. */
    public ReadOnlyObjectProperty<CellRows> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** Chooses the compound whose runs are listed (kept across edits while it exists). */
    public void select(String assay, String compound) {
        chosen = Optional.of(List.of(assay, compound));
        showRuns();
    }

    private void refresh() {
        AnalysisSession current = session.getValue();
        shown = current == null
                ? List.of()
                : current.replicates().stream()
                        .filter(s -> s.replicates().size() > 1)
                        .toList();
        summaries.set(new CellRows(
                SUMMARY_HEADER,
                shown.stream().map(ReplicatesViewModel::summaryRow).toList()));
        showRuns();
    }

    private void showRuns() {
        Optional<ReplicateSummary> summary = chosen.flatMap(key -> shown.stream()
                .filter(s -> s.assay().equals(key.get(0)) && s.compound().equals(key.get(1)))
                .findFirst());
        runs.set(summary.map(s -> new CellRows(
                        RUN_HEADER,
                        s.replicates().stream().map(ReplicatesViewModel::runRow).toList()))
                .orElse(CellRows.EMPTY));
    }

    private static List<PivotCell> summaryRow(ReplicateSummary s) {
        CombinedPotency combined = s.combined();
        long curves = s.replicates().size();
        List<PivotCell> row = new ArrayList<>();
        row.add(PivotCell.of(s.assay(), ""));
        row.add(PivotCell.of(s.compound(), ""));
        row.add(
                combined.value().isEmpty() && combined.n() > 0
                        ? PivotCell.of("undetermined", ReplicateText.rule(combined.rule()))
                        : ReplicateText.ic50(combined.value()));
        row.add(ReplicateText.pIc50(combined.pIc50()));
        row.add(
                Double.isFinite(combined.sdLog())
                        ? PivotCell.number(
                                ResultFormat.decimals(combined.sdLog(), 2),
                                combined.sdLog(),
                                "SD of log10 IC50 over the " + combined.nExact() + " exact values")
                        : PivotCell.EMPTY);
        row.add(PivotCell.number(
                combined.n() + " of " + curves,
                combined.n(),
                combined.n() + " values counted (" + combined.nExact() + " exact) of " + curves + " curves"));
        row.add(combination(s));
        String outliers = s.replicates().stream()
                .filter(Replicate::outlier)
                .map(Replicate::label)
                .collect(Collectors.joining(", "));
        row.add(outliers.isEmpty() ? PivotCell.EMPTY : PivotCell.styled(outliers, "cell-bad", OUTLIER_DETAIL));
        row.add(PivotCell.of(notCounted(s), ""));
        return row;
    }

    private static PivotCell combination(ReplicateSummary s) {
        String rule = ReplicateText.rule(s.combined().rule());
        if (s.flags().contains("replicates_disagree")) {
            return PivotCell.styled(
                    rule + "; two values disagree",
                    "cell-warn",
                    "the two exact values differ more than 3.2-fold: neither can be blamed");
        }
        return s.flags().contains("single_value")
                ? PivotCell.of(rule + "; one value", "only one value counts")
                : PivotCell.of(rule, "");
    }

    private static String notCounted(ReplicateSummary s) {
        return s.replicates().stream()
                .filter(r -> !r.isIncluded())
                .map(r -> r.label() + " ("
                        + ReplicateText.exclusion(r.excludedBecause().orElseThrow()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static List<PivotCell> runRow(Replicate r) {
        return List.of(
                PivotCell.of(r.label(), ""),
                PivotCell.of(r.date().map(Object::toString).orElse(""), ""),
                ReplicateText.ic50(r.potency()),
                ReplicateText.pIc50(r.potency().map(p -> p.pIc50()).orElse(Double.NaN)),
                r.excludedBecause()
                        .map(why -> PivotCell.styled("no: " + ReplicateText.exclusion(why), "cell-muted", ""))
                        .orElse(PivotCell.of("yes", "")),
                r.outlier() ? PivotCell.styled("outlier", "cell-bad", OUTLIER_DETAIL) : PivotCell.EMPTY);
    }
}
