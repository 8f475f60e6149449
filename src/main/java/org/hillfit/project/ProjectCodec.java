/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hillfit.analysis.ControlOutlierRule;
import org.hillfit.analysis.ControlStatistic;
import org.hillfit.analysis.MaskReason;
import org.hillfit.analysis.NormalizationOptions;
import org.hillfit.analysis.QcThresholds;
import org.hillfit.analysis.ReadoutKind;
import org.hillfit.analysis.ReadoutSpec;
import org.hillfit.analysis.ReferenceScaling;
import org.hillfit.fit.FitOptions;
import org.hillfit.fit.Qualifier;
import org.hillfit.plate.WellId;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.CurveDecision;
import org.hillfit.result.Ic50Change;
import org.hillfit.result.InputRecord;
import org.hillfit.result.Potency;
import org.hillfit.result.ReviewVerdict;
import org.jspecify.annotations.Nullable;

/** A session to and from its project document. The analysis itself is not stored: it is recomputed on load. */
final class ProjectCodec {
    private ProjectCodec() {}

    /** The document of a session; input paths are also recorded relative to {@code folder} when possible. */
    static ProjectDocument.Root document(AnalysisSession session, Path folder, String savedBy) {
        SessionState state = session.state();
        List<ProjectDocument.Layout> layouts = new ArrayList<>();
        state.layouts()
                .values()
                .forEach(l ->
                        layouts.add(new ProjectDocument.Layout(l.name(), l.source(), PlateCodec.wells(l.layout()))));
        List<ProjectDocument.Input> inputs = inputs(state, folder);
        List<ProjectDocument.NoteEntry> notes = state.notes().stream()
                .map(n -> new ProjectDocument.NoteEntry(n.time().toString(), n.user(), n.target(), n.text()))
                .toList();
        List<ProjectDocument.Audit> audit =
                session.audit().stream().map(ProjectCodec::audit).toList();
        return new ProjectDocument.Root(
                ProjectDocument.FORMAT,
                ProjectDocument.SCHEMA_VERSION,
                savedBy,
                settings(state.settings()),
                layouts,
                inputs,
                new TreeMap<>(state.references()),
                notes,
                audit);
    }

    private static List<ProjectDocument.Input> inputs(SessionState state, Path folder) {
        List<ProjectDocument.Input> inputs = new ArrayList<>();
        for (int i = 0; i < state.inputs().size(); i++) {
            InputRecord r = state.inputs().get(i).record();
            List<ProjectDocument.PlateEntry> plates = new ArrayList<>();
            for (SessionPlate p : state.plates()) {
                if (p.key().input() == i) {
                    plates.add(plate(p));
                }
            }
            inputs.add(new ProjectDocument.Input(
                    r.path().toString(),
                    relative(folder, r.path()),
                    r.assay(),
                    r.format(),
                    r.sizeBytes(),
                    r.sha256(),
                    state.inputs().get(i).warnings(),
                    plates));
        }
        return inputs;
    }

    /** The inputs, layouts, plate setups and review of a document, not yet analysed. */
    record Decoded(
            List<SessionInput> inputs,
            Map<String, SessionLayout> layouts,
            AnalysisSettings settings,
            List<PlateSetup> plates,
            Map<String, String> references,
            List<Note> notes,
            List<AuditEntry> audit,
            List<Optional<String>> relativePaths) {}

    static Decoded decode(ProjectDocument.Root root) {
        AnalysisSettings settings = ProjectErrors.at("settings", () -> settings(root.settings()));
        Map<String, SessionLayout> layouts = new LinkedHashMap<>();
        for (int i = 0; i < root.layouts().size(); i++) {
            ProjectDocument.Layout l = root.layouts().get(i);
            String at = "layouts[" + i + "]";
            SessionLayout layout =
                    ProjectErrors.at(at, () -> new SessionLayout(l.name(), l.source(), PlateCodec.layout(l, at)));
            if (layouts.put(l.name(), layout) != null) {
                throw new ProjectErrors.Invalid(at, "two layouts are named '" + l.name() + "'");
            }
        }
        List<SessionInput> inputs = new ArrayList<>();
        List<PlateSetup> plates = new ArrayList<>();
        List<Optional<String>> relative = new ArrayList<>();
        for (int i = 0; i < root.inputs().size(); i++) {
            ProjectDocument.Input in = root.inputs().get(i);
            String at = "inputs[" + i + "]";
            InputRecord record = ProjectErrors.at(
                    at,
                    () -> new InputRecord(Path.of(in.path()), in.assay(), in.format(), in.sizeBytes(), in.sha256()));
            inputs.add(new SessionInput(record, in.warnings()));
            relative.add(Optional.ofNullable(in.relativePath()));
            for (int p = 0; p < in.plates().size(); p++) {
                plates.add(setup(i, in.assay(), in.plates().get(p), at + ".plates[" + p + "]"));
            }
        }
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < root.notes().size(); i++) {
            ProjectDocument.NoteEntry n = root.notes().get(i);
            notes.add(ProjectErrors.at(
                    "notes[" + i + "]", () -> new Note(Instant.parse(n.time()), n.user(), n.target(), n.text())));
        }
        List<AuditEntry> audit = new ArrayList<>();
        for (int i = 0; i < root.audit().size(); i++) {
            ProjectDocument.Audit a = root.audit().get(i);
            audit.add(ProjectErrors.at("audit[" + i + "]", () -> audit(a)));
        }
        return new Decoded(inputs, layouts, settings, plates, root.references(), notes, audit, relative);
    }

    private static ProjectDocument.PlateEntry plate(SessionPlate p) {
        List<ProjectDocument.Mask> masks = new ArrayList<>();
        p.masks()
                .forEach((well, m) -> masks.add(new ProjectDocument.Mask(
                        well.label(),
                        m.mask().reason().slug(),
                        m.mask().note(),
                        m.user(),
                        m.time().toString())));
        List<ProjectDocument.Decision> decisions = new ArrayList<>();
        p.decisions()
                .forEach((compound, d) -> decisions.add(new ProjectDocument.Decision(
                        compound,
                        d.verdict().slug(),
                        d.reason(),
                        d.user(),
                        d.time().toString())));
        return new ProjectDocument.PlateEntry(
                p.plate().name(),
                p.plate().format().wellCount(),
                p.layoutName(),
                p.plate().metadata(),
                PlateCodec.channels(p.plate()),
                masks,
                decisions);
    }

    private static PlateSetup setup(int input, String assay, ProjectDocument.PlateEntry entry, String at) {
        Map<WellId, UserMask> masks = new TreeMap<>();
        for (ProjectDocument.Mask m : entry.masks()) {
            WellId well = WellId.parse(m.well());
            MaskReason reason = JsonFields.slug(m.reason(), MaskReason.class, "reason");
            masks.put(well, UserMask.of(well, reason, m.note(), m.user(), Instant.parse(m.time())));
        }
        Map<String, CurveDecision> decisions = new TreeMap<>();
        for (ProjectDocument.Decision d : entry.decisions()) {
            decisions.put(
                    d.compound(),
                    ProjectErrors.at(
                            at + ".decisions",
                            () -> new CurveDecision(
                                    JsonFields.slug(d.verdict(), ReviewVerdict.class, "verdict"),
                                    d.reason(),
                                    d.user(),
                                    Instant.parse(d.time()))));
        }
        return new PlateSetup(
                new PlateKey(input, entry.name()),
                assay,
                PlateCodec.plate(entry, at),
                entry.layout(),
                masks,
                decisions);
    }

    static ProjectDocument.Settings settings(AnalysisSettings s) {
        ReadoutSpec r = s.readout();
        NormalizationOptions n = s.normalization();
        return new ProjectDocument.Settings(
                new ProjectDocument.Readout(r.kind().slug(), r.channelQuery().orElse(null)),
                new ProjectDocument.Normalization(
                        JsonFields.slugOf(n.controlStatistic()),
                        n.qcThresholds().pass(),
                        n.qcThresholds().warn(),
                        n.outlierRule().robustZLimit(),
                        n.outlierRule().minimumGroupSize(),
                        n.outlierRule().mask(),
                        n.subtractBlank(),
                        n.reference().map(ReferenceScaling::compound).orElse(null),
                        n.reference().map(ref -> ref.mode().slug()).orElse(null)),
                FitCodec.encode(s.fit()));
    }

    static AnalysisSettings settings(ProjectDocument.Settings s) {
        ReadoutSpec readout = new ReadoutSpec(
                ReadoutKind.parse(s.readout().kind()).orElseThrow(),
                Optional.ofNullable(s.readout().channel()));
        ProjectDocument.Normalization n = s.normalization();
        Optional<ReferenceScaling> reference = n.referenceCompound() == null
                ? Optional.empty()
                : Optional.of(new ReferenceScaling(n.referenceCompound(), referenceMode(n.referenceMode())));
        NormalizationOptions normalization = new NormalizationOptions(
                JsonFields.slug(n.controlStatistic(), ControlStatistic.class, "controlStatistic"),
                new QcThresholds(n.qcPass(), n.qcWarn()),
                new ControlOutlierRule(n.outlierRobustZ(), n.outlierMinimumGroup(), n.maskOutliers()),
                n.subtractBlank(),
                reference);
        FitOptions fit = FitCodec.decode(s.fit());
        return new AnalysisSettings(readout, normalization, fit);
    }

    private static ReferenceScaling.Mode referenceMode(@Nullable String slug) {
        for (ReferenceScaling.Mode mode : ReferenceScaling.Mode.values()) {
            if (mode.slug().equals(slug)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown reference mode '" + slug + "'");
    }

    private static ProjectDocument.Audit audit(AuditEntry e) {
        List<ProjectDocument.Change> changes = e.changes().stream()
                .map(c -> new ProjectDocument.Change(
                        c.assay(),
                        c.plate(),
                        c.compound(),
                        c.before().map(ProjectCodec::potency).orElse(null),
                        c.after().map(ProjectCodec::potency).orElse(null)))
                .toList();
        return new ProjectDocument.Audit(
                e.time().toString(), e.user(), e.action().slug(), e.target(), e.detail(), changes, null);
    }

    private static AuditEntry audit(ProjectDocument.Audit a) {
        List<Ic50Change> changes = a.changes().stream()
                .map(c -> new Ic50Change(c.assay(), c.plate(), c.compound(), potency(c.before()), potency(c.after())))
                .toList();
        return new AuditEntry(
                Instant.parse(a.time()),
                a.user(),
                JsonFields.slug(a.action(), AuditAction.class, "action"),
                a.target(),
                a.detail(),
                changes);
    }

    private static ProjectDocument.PotencyEntry potency(Potency p) {
        return new ProjectDocument.PotencyEntry(p.qualifier().symbol(), p.logMolar());
    }

    private static Optional<Potency> potency(ProjectDocument.@Nullable PotencyEntry p) {
        if (p == null) {
            return Optional.empty();
        }
        Qualifier qualifier =
                switch (p.qualifier()) {
                    case "<" -> Qualifier.LESS_THAN;
                    case ">" -> Qualifier.GREATER_THAN;
                    default -> Qualifier.EQUAL;
                };
        return Optional.of(new Potency(qualifier, p.logMolar()));
    }

    private static @Nullable String relative(Path folder, Path input) {
        try {
            return folder.toAbsolutePath()
                    .normalize()
                    .relativize(input.toAbsolutePath().normalize())
                    .toString();
        } catch (IllegalArgumentException e) {
            return null; // another drive or root: no relative form, the absolute path is still recorded
        }
    }
}
