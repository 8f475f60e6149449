/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hillfit.analysis.MaskReason;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.ControlChart;
import org.hillfit.result.CurveDecision;
import org.hillfit.result.CurveFit;
import org.hillfit.result.Ic50Change;
import org.hillfit.result.PlateResult;
import org.hillfit.result.ReplicateRun;
import org.hillfit.result.ReplicateSummarizer;
import org.hillfit.result.ReplicateSummary;
import org.hillfit.result.ReviewVerdict;

/**
 * An analysis being reviewed: inputs with their parsed plates, layouts, settings, masks, accept/reject decisions,
 * notes, reference compounds, the audit trail and the current {@link AnalysisResult}. Immutable: every edit returns
 * a new session that recomputes only the plates the edit affects and shares all others, and appends one
 * {@link AuditEntry} (who, when, what, IC50 before/after). Edits that would leave a plate unanalysable are refused
 * with an {@link AnalysisException} and the session is unchanged. Thread-safe.
 */
public final class AnalysisSession {
    private final SessionState state;
    private final List<AuditEntry> audit;
    private final ReviewContext context;
    private final AnalysisResult result;

    AnalysisSession(SessionState state, List<AuditEntry> audit, ReviewContext context) {
        this.state = state;
        this.audit = List.copyOf(audit);
        this.context = context;
        this.result = state.toResult(this.audit);
    }

    /**
     * Imports and analyses the inputs exactly as {@code hillfit analyze} does, keeping the parsed plates.
     *
     * @throws AnalysisException naming the file or plate when an input cannot be imported or normalised
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static AnalysisSession create(
            AnalysisPipeline pipeline,
            SessionRequest request,
            ReviewContext context,
            org.hillfit.job.ProgressSink progress,
            org.hillfit.job.CancellationToken cancellation)
            throws AnalysisException {
        return SessionFactory.create(pipeline, request, context, progress, cancellation);
    }

    // ---- reading

    /** The current analysis (with decisions applied and the audit trail attached). */
    public AnalysisResult result() {
        return result;
    }

    /** The inputs in order. */
    public List<SessionInput> inputs() {
        return state.inputs();
    }

    /** Layouts by name. */
    public Map<String, SessionLayout> layouts() {
        return state.layouts();
    }

    /** The settings in force. */
    public AnalysisSettings settings() {
        return state.settings();
    }

    /** The plates in input order; {@code plates().get(i).result() == result().plates().get(i)}. */
    public List<SessionPlate> plates() {
        return state.plates();
    }

    /** A plate by key. */
    public Optional<SessionPlate> plate(PlateKey key) {
        return state.plates().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The key of a plate result of {@link #result()} (matched by identity). */
    public Optional<PlateKey> keyOf(PlateResult plateResult) {
        return state.plates().stream()
                .filter(p -> p.result() == plateResult)
                .map(SessionPlate::key)
                .findFirst();
    }

    /** The key of a curve of {@link #result()} (matched by identity), to mask its points or decide on it. */
    public Optional<CurveKey> keyOf(CurveFit curve) {
        return state.plates().stream()
                .filter(p -> p.result().curves().stream().anyMatch(c -> c == curve))
                .map(p -> new CurveKey(p.key(), curve.compound()))
                .findFirst();
    }

    /** A curve by key. */
    public Optional<CurveFit> curve(CurveKey key) {
        return plate(key.plate()).flatMap(p -> p.result().curves().stream()
                .filter(c -> c.compound().equals(key.compound()))
                .findFirst());
    }

    /** Replicate summaries over this session's plates, each plate one replicate (see {@link ReplicateSummarizer}). */
    public List<ReplicateSummary> replicates() {
        return ReplicateSummarizer.summarize(List.of(new ReplicateRun("", result)));
    }

    /** Control charts of the marked reference compounds over this session's plates. */
    public List<ControlChart> referenceCharts() {
        return ControlChart.forReferences(replicates(), state.references());
    }

    /** Reference compound by assay. */
    public Map<String, String> references() {
        return state.references();
    }

    /** Notes in the order written. */
    public List<Note> notes() {
        return state.notes();
    }

    /** The audit trail, oldest first; unmodifiable and only ever appended to. */
    public List<AuditEntry> audit() {
        return audit;
    }

    /** Who edits and the clock used for timestamps. */
    public ReviewContext context() {
        return context;
    }

    /** The same session edited by someone else (e.g. after opening a colleague's project). */
    public AnalysisSession withContext(ReviewContext newContext) {
        return new AnalysisSession(state, audit, newContext);
    }

    // ---- edits

    /**
     * Masks wells (or curve points) of one plate with a reason; the plate is renormalised and refitted.
     *
     * @param reason the kind of reason ({@link MaskReason#INSTRUMENT_FLAG} is the instrument's, not a person's)
     * @param note why, in the person's words (not blank): the answer to "why is this point masked?"
     * @throws IllegalArgumentException for an unknown plate, a well off the plate, no wells or a blank note
     * @throws AnalysisException when the plate cannot be analysed with these masks (e.g. no neutral control left)
     */
    public AnalysisSession maskWells(PlateKey key, Collection<WellId> wells, MaskReason reason, String note)
            throws AnalysisException {
        return PlateEdits.mask(this, key, wells, reason, note);
    }

    /**
     * Removes masks people set; the plate is renormalised and refitted.
     *
     * @param why optional reason (may be blank)
     * @throws IllegalArgumentException when a well carries no mask set by a person
     * @throws AnalysisException when the plate cannot be analysed without these masks
     */
    public AnalysisSession unmaskWells(PlateKey key, Collection<WellId> wells, String why) throws AnalysisException {
        return PlateEdits.unmask(this, key, wells, why);
    }

    /**
     * Records a reviewer's verdict on a curve (replacing any earlier one). Nothing is refitted.
     *
     * @throws IllegalArgumentException for an unknown curve or a blank reason
     */
    public AnalysisSession decide(CurveKey key, ReviewVerdict verdict, String reason) {
        CurveDecision decision = new CurveDecision(verdict, reason.strip(), context.user(), context.now());
        String detail = verdict.slug() + " " + key.compound() + " (" + reason.strip() + ")";
        return PlateEdits.decide(this, key, Optional.of(decision), detail);
    }

    /**
     * Withdraws the verdict on a curve.
     *
     * @throws IllegalArgumentException when there is none
     */
    public AnalysisSession clearDecision(CurveKey key, String why) {
        String detail = "cleared the decision on " + key.compound() + EditText.because(why);
        return PlateEdits.decide(this, key, Optional.empty(), detail);
    }

    /**
     * Changes readout, normalisation or fit settings; every plate is reanalysed.
     *
     * @throws AnalysisException naming the plate when one cannot be analysed with the new settings
     */
    public AnalysisSession withSettings(AnalysisSettings newSettings, String why) throws AnalysisException {
        return LayoutEdits.settings(this, newSettings, why);
    }

    /**
     * Changes what one well of a layout holds ({@link org.hillfit.plate.WellRole#EMPTY} removes it); the plates
     * using the layout are reanalysed.
     *
     * @throws IllegalArgumentException for an unknown layout
     * @throws AnalysisException when a plate cannot be analysed with the edited layout
     */
    public AnalysisSession withLayoutWell(String layoutName, WellId well, WellContent content, String why)
            throws AnalysisException {
        return LayoutEdits.wells(this, layoutName, Map.of(well, content), why);
    }

    /**
     * Changes what several wells of a layout hold at once ({@link org.hillfit.plate.WellRole#EMPTY} removes a well):
     * one audit entry ("A05: sample HF-001 10 µM → empty; A06: … (why)"), each plate using the layout reanalysed once.
     *
     * @throws IllegalArgumentException for an unknown layout, or when no well would change
     * @throws AnalysisException when a plate cannot be analysed with the edited layout
     */
    public AnalysisSession withLayoutWells(String layoutName, Map<WellId, WellContent> contents, String why)
            throws AnalysisException {
        return LayoutEdits.wells(this, layoutName, contents, why);
    }

    /**
     * Adds a layout, or replaces the one of the same name, and moves the given plates onto it; every plate using it
     * is reanalysed (per-plate layouts: a second plate map for day 2).
     *
     * @throws IllegalArgumentException for an unknown plate
     * @throws AnalysisException when a plate cannot be analysed with the layout
     */
    public AnalysisSession withLayout(SessionLayout layout, Collection<PlateKey> plates, String why)
            throws AnalysisException {
        return LayoutEdits.assign(this, layout, plates, why);
    }

    /**
     * Gives one plate its own copy of the layout it uses, named after both ("panel-layout.csv (TYK2-P1)"), so later
     * edits of that copy reach no other plate. The plate is reanalysed (with the same wells, its results do not move).
     *
     * @throws IllegalArgumentException for an unknown plate
     * @throws AnalysisException when the plate cannot be analysed (it could before, so this is not expected)
     */
    public AnalysisSession withOwnLayout(PlateKey plate, String why) throws AnalysisException {
        return LayoutEdits.ownCopy(this, plate, why);
    }

    /** Adds a note about the project, a plate or a curve ({@code target}, e.g. "TYK2 / TYK2-P1 / HF-003"). */
    public AnalysisSession addNote(String target, String text) {
        Note note = new Note(context.now(), context.user(), target, text.strip());
        return append(state.withNote(note), AuditAction.NOTE, target, note.text(), List.of());
    }

    /** Marks (or, with an empty compound, unmarks) an assay's reference compound, tracked across runs. */
    public AnalysisSession withReference(String assay, Optional<String> compound) {
        Map<String, String> references = new TreeMap<>(state.references());
        compound.ifPresentOrElse(c -> references.put(assay, c), () -> references.remove(assay));
        String detail = compound.map(c -> "reference compound of " + assay + " is " + c)
                .orElse("no reference compound for " + assay);
        return append(state.withReferences(references), AuditAction.REFERENCE, assay, detail, List.of());
    }

    /**
     * Points an input at a new path, after checking that the file there is the one analysed (same SHA-256). The
     * embedded plates are kept; nothing is reanalysed.
     *
     * @throws AnalysisException when the file cannot be read or its content differs from the analysed one
     */
    public AnalysisSession relinkInput(int input, Path newPath) throws AnalysisException {
        SessionInput old = state.inputs().get(input);
        SessionInput relinked = InputCheck.relinked(old, newPath);
        String detail = old.record().path() + " → " + newPath;
        return append(state.withInput(input, relinked), AuditAction.RELINK, "input " + (input + 1), detail, List.of());
    }

    // ---- internals shared with SessionHistory and ProjectStore

    SessionState state() {
        return state;
    }

    /** A new session over {@code next} with one more audit entry; IC50 changes looked up on the given plates. */
    AnalysisSession append(
            SessionState next,
            AuditAction action,
            String target,
            String detail,
            Set<Integer> plates,
            Set<CurveKey> always) {
        return append(
                next, action, target, detail, AuditRecorder.changes(state.plates(), next.plates(), plates, always));
    }

    private AnalysisSession append(
            SessionState next, AuditAction action, String target, String detail, List<Ic50Change> changes) {
        List<AuditEntry> trail = new ArrayList<>(audit);
        trail.add(AuditRecorder.entry(context, action, target, detail, changes));
        return new AnalysisSession(next, trail, context);
    }

    int indexOf(PlateKey key) {
        for (int i = 0; i < state.plates().size(); i++) {
            if (state.plates().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the session has no plate " + key);
    }

    SessionLayout layoutOf(String name) {
        SessionLayout layout = state.layouts().get(name);
        if (layout == null) {
            throw new IllegalArgumentException("the session has no layout '" + name + "'");
        }
        return layout;
    }
}
