/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hillfit.analysis.PlateQc;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.CurveKey;
import org.hillfit.project.SessionPlate;
import org.hillfit.result.CurveFit;

/**
 * One curve of the session as the views list it: its key (to mask points and decide on it), the fit, and its
 * plate.
 *
 * @param key plate and compound
 * @param curve the fit
 * @param plate the session plate it belongs to
 */
public record CurveItem(CurveKey key, CurveFit curve, SessionPlate plate) {
    public CurveItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(plate, "plate");
    }

    /** Every curve of a session, plate by plate in input order. */
    public static List<CurveItem> of(AnalysisSession session) {
        List<CurveItem> items = new ArrayList<>();
        for (SessionPlate plate : session.plates()) {
            for (CurveFit curve : plate.result().curves()) {
                items.add(new CurveItem(new CurveKey(plate.key(), curve.compound()), curve, plate));
            }
        }
        return items;
    }

    /** The plate's QC. */
    public PlateQc qc() {
        return plate.result().normalized().qc();
    }

    /** "HF-001 · TYK2 / TYK2-P1". */
    public String label() {
        return curve.compound() + " · " + plate.label();
    }
}
