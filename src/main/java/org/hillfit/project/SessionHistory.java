/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;

/**
 * Undo/redo over sessions, immutable. Sessions share unchanged plates, so keeping many is cheap. Undo and redo
 * restore an earlier analysis but never shorten the audit trail: they append an "undo"/"redo" entry naming the edit
 * and the IC50s that moved.
 */
public final class SessionHistory {
    /** How many earlier sessions are kept. */
    public static final int LIMIT = 200;

    /** A session and the edit that produced it from the one before. */
    private record Step(AnalysisSession session, String edit) {}

    private final List<Step> undo;
    private final Step present;
    private final List<Step> redo;

    private SessionHistory(List<Step> undo, Step present, List<Step> redo) {
        this.undo = List.copyOf(undo);
        this.present = present;
        this.redo = List.copyOf(redo);
    }

    /** A history that starts at a session. */
    public static SessionHistory of(AnalysisSession session) {
        return new SessionHistory(List.of(), new Step(session, ""), List.of());
    }

    /** The session shown. */
    public AnalysisSession present() {
        return present.session();
    }

    /** The history after an edit: the edited session becomes present; the redo list is dropped. */
    public SessionHistory push(AnalysisSession edited) {
        if (edited == present.session()) {
            return this;
        }
        List<Step> earlier = new ArrayList<>(undo);
        earlier.add(present);
        if (earlier.size() > LIMIT) {
            earlier.remove(0);
        }
        String edit = lastEntry(edited).map(AuditEntry::detail).orElse("");
        return new SessionHistory(earlier, new Step(edited, edit), List.of());
    }

    /** True when there is an edit to undo. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** True when there is an undone edit to redo. */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would undo ("masked C05 (user: bubble)"), if anything. */
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(present.edit()) : Optional.empty();
    }

    /** What redo would redo, if anything. */
    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(redo.get(redo.size() - 1).edit()) : Optional.empty();
    }

    /**
     * Goes back one edit.
     *
     * @throws IllegalStateException when there is nothing to undo
     */
    public SessionHistory undo() {
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        Step earlier = undo.get(undo.size() - 1);
        AnalysisSession restored =
                restore(present.session(), earlier.session(), AuditAction.UNDO, "undid: " + present.edit());
        List<Step> later = new ArrayList<>(redo);
        later.add(new Step(present.session(), present.edit()));
        return new SessionHistory(undo.subList(0, undo.size() - 1), new Step(restored, earlier.edit()), later);
    }

    /**
     * Goes forward one undone edit.
     *
     * @throws IllegalStateException when there is nothing to redo
     */
    public SessionHistory redo() {
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        Step next = redo.get(redo.size() - 1);
        AnalysisSession restored =
                restore(present.session(), next.session(), AuditAction.REDO, "redid: " + next.edit());
        List<Step> earlier = new ArrayList<>(undo);
        earlier.add(present);
        return new SessionHistory(earlier, new Step(restored, next.edit()), redo.subList(0, redo.size() - 1));
    }

    /** The earlier session's analysis with the present session's audit trail plus one entry. */
    private static AnalysisSession restore(
            AnalysisSession present, AnalysisSession earlier, AuditAction action, String detail) {
        java.util.Set<Integer> differing = new java.util.LinkedHashSet<>();
        List<SessionPlate> now = present.plates();
        List<SessionPlate> then = earlier.plates();
        for (int i = 0; i < then.size() && i < now.size(); i++) {
            if (then.get(i) != now.get(i)) {
                differing.add(i);
            }
        }
        return present.append(earlier.state(), action, "session", detail, differing, java.util.Set.of());
    }

    private static Optional<AuditEntry> lastEntry(AnalysisSession session) {
        List<AuditEntry> trail = session.audit();
        return trail.isEmpty() ? Optional.empty() : Optional.of(trail.get(trail.size() - 1));
    }
}
