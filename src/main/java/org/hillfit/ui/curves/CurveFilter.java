/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.hillfit.analysis.QcVerdict;
import org.hillfit.fit.CurveStatus;
import org.hillfit.ui.session.CurveItem;

/**
 * Which curves the gallery shows.
 *
 * @param text part of the compound name (any case); "" for all
 * @param assay the assay; "" for all
 * @param status which statuses
 * @param curveClass the curve class ("1.1" …); "" for all
 * @param qc which plate QC verdicts
 */
public record CurveFilter(String text, String assay, StatusFilter status, String curveClass, QcFilter qc)
        implements Predicate<CurveItem> {

    /** Every curve. */
    public static final CurveFilter ALL = new CurveFilter("", "", StatusFilter.ALL, "", QcFilter.ANY);

    /** Status choices. */
    public enum StatusFilter {
        ALL("All statuses"),
        NEEDS_REVIEW("Needs review (not ok, no decision)"),
        OK("ok"),
        INACTIVE("inactive"),
        PARTIAL("partial"),
        AMBIGUOUS("ambiguous"),
        FLAGGED("flagged"),
        DECIDED("Accepted or rejected");

        private final String label;

        StatusFilter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }

        boolean test(CurveItem item) {
            CurveStatus status = item.curve().status();
            boolean decided = item.curve().decision().isPresent();
            return switch (this) {
                case ALL -> true;
                case NEEDS_REVIEW -> status != CurveStatus.OK && !decided;
                case DECIDED -> decided;
                default -> status.name().equals(name());
            };
        }
    }

    /** Plate QC choices. */
    public enum QcFilter {
        ANY("Any plate QC"),
        PASS("Z′ pass (≥ 0.5)"),
        WARN_OR_FAIL("Z′ warn or fail");

        private final String label;

        QcFilter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }

        boolean test(CurveItem item) {
            QcVerdict verdict = item.qc().verdict();
            return this == ANY || (this == PASS) == (verdict == QcVerdict.PASS);
        }
    }

    public CurveFilter {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(assay, "assay");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(curveClass, "curveClass");
        Objects.requireNonNull(qc, "qc");
    }

    @Override
    public boolean test(CurveItem item) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return (wanted.isEmpty()
                        || item.curve().compound().toLowerCase(Locale.ROOT).contains(wanted))
                && (assay.isEmpty() || item.curve().assay().equals(assay))
                && (curveClass.isEmpty() || item.curve().result().curveClass().equals(curveClass))
                && status.test(item)
                && qc.test(item);
    }
}
