/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.analysis.MaskReason;
import org.hillfit.analysis.WellMask;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.CurveKey;
import org.hillfit.project.PlateKey;
import org.hillfit.project.SessionPlate;
import org.hillfit.report.FlagText;
import org.hillfit.result.ReviewVerdict;

/**
 * What a reviewer does to a session, shared by the plate and curve views: mask or unmask a well (the plate is
 * refitted), edit the layout, accept or reject a curve, write a note, mark a reference compound, undo and redo. Each action is one {@link SessionEditor.Edit}; the choice
 * between masking and unmasking is made on the session the edit applies to, so quick double clicks stay right.
 */
public final class ReviewActions {
    /** The note of a mask when the reviewer left the reason empty. */
    static final String DEFAULT_MASK_NOTE = "masked in review";
    /** The reason recorded when a curve is accepted with a key press. */
    static final String ACCEPT_REASON = "accepted in review";

    private final SessionModel model;
    private final SessionEditor editor;
    private final Feedback feedback;

    public ReviewActions(SessionModel model, SessionEditor editor, Feedback feedback) {
        this.model = model;
        this.editor = editor;
        this.feedback = feedback;
    }

    /**
     * Masks a well with the current mask reason, or unmasks it when a person masked it. A well masked by a rule (an
     * instrument marker, a failed transfer) stays masked, and the status bar says why.
     */
    public void toggleMask(PlateKey plate, WellId well) {
        String reason = model.maskReasonProperty().get().strip();
        toggleMask(plate, well, reason.isEmpty() ? DEFAULT_MASK_NOTE : reason);
    }

    /** Like {@link #toggleMask(PlateKey, WellId)}, masking with the given note. */
    public void toggleMask(PlateKey plate, WellId well, String note) {
        Optional<WellMask> ruleMask = ruleMask(plate, well);
        if (ruleMask.isPresent()) {
            feedback.status(well + " is masked by a rule (" + FlagText.maskReason(ruleMask.get())
                    + "); such masks come from the data and cannot be removed by hand");
            return;
        }
        editor.submit(history -> {
            AnalysisSession session = history.present();
            boolean masked =
                    session.plate(plate).map(p -> p.masks().containsKey(well)).orElse(false);
            return history.push(
                    masked
                            ? session.unmaskWells(plate, List.of(well), "")
                            : session.maskWells(plate, List.of(well), MaskReason.USER, note));
        });
    }

    /** Accepts a curve as fit to report. */
    public void accept(CurveKey curve) {
        editor.submit(h -> h.push(h.present().decide(curve, ReviewVerdict.ACCEPTED, ACCEPT_REASON)));
    }

    /** Rejects a curve: it is reported as flagged. */
    public void reject(CurveKey curve, String reason) {
        String why = reason.isBlank() ? "rejected in review" : reason.strip();
        editor.submit(h -> h.push(h.present().decide(curve, ReviewVerdict.REJECTED, why)));
    }

    /** Withdraws the decision on a curve, if it has one. */
    public void clearDecision(CurveKey curve) {
        boolean decided = model.current()
                .flatMap(s -> s.curve(curve))
                .map(c -> c.decision().isPresent())
                .orElse(false);
        if (decided) {
            editor.submit(h -> h.push(h.present().clearDecision(curve, "")));
        }
    }

    /** Adds a note about a plate or curve ("TYK2 / TYK2-P1 / HF-003"); blank notes are ignored. */
    public void addNote(String target, String text) {
        if (!text.isBlank()) {
            editor.submit(h -> h.push(h.present().addNote(target, text)));
        }
    }

    /**
     * Marks a compound as its assay's reference, tracked across plates on the Reference page and in the report;
     * with an empty compound, unmarks the assay's reference. One audit entry and undo step; nothing happens when the
     * mark is already so.
     */
    public void setReference(String assay, Optional<String> compound) {
        Optional<String> marked =
                model.current().flatMap(s -> Optional.ofNullable(s.references().get(assay)));
        if (!marked.equals(compound)) {
            editor.submit(h -> h.push(h.present().withReference(assay, compound)));
        }
    }

    /**
     * Changes what wells of a plate's layout hold: in the layout the plate uses (every plate sharing it is
     * reanalysed) or, with {@code ownCopy}, in a copy made for this plate alone. One undo step; the core refuses an
     * edit that leaves a plate unanalysable (the user is told why and nothing changes).
     *
     * @param why the person's reason (not blank), kept in the audit trail
     */
    public void editLayout(PlateKey plate, Map<WellId, WellContent> contents, boolean ownCopy, String why) {
        Map<WellId, WellContent> copied = Map.copyOf(contents);
        editor.submit(h -> {
            AnalysisSession session = ownCopy ? h.present().withOwnLayout(plate, why) : h.present();
            String layout = session.plate(plate)
                    .orElseThrow(() -> new IllegalStateException("the plate " + plate + " is no longer open"))
                    .layoutName();
            return h.push(session.withLayoutWells(layout, copied, why));
        });
    }

    /** Undoes the last edit (when there is one). */
    public void undo() {
        if (model.history().map(h -> h.canUndo()).orElse(false)) {
            editor.submit(h -> h.undo());
        }
    }

    /** Redoes the last undone edit (when there is one). */
    public void redo() {
        if (model.history().map(h -> h.canRedo()).orElse(false)) {
            editor.submit(h -> h.redo());
        }
    }

    /** The mask a rule (not a person) put on the well, if any. */
    private Optional<WellMask> ruleMask(PlateKey plate, WellId well) {
        Optional<SessionPlate> p = model.current().flatMap(s -> s.plate(plate));
        if (p.isEmpty() || p.get().masks().containsKey(well)) {
            return Optional.empty();
        }
        return p.get().result().normalized().mask(well).filter(m -> !m.isUserMask());
    }
}
