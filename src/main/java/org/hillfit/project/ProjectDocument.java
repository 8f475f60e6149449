/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.hillfit.project.JsonFields.instant;
import static org.hillfit.project.JsonFields.required;

import java.util.List;
import java.util.Map;
import org.hillfit.analysis.ControlStatistic;
import org.hillfit.analysis.MaskReason;
import org.hillfit.analysis.ReadoutKind;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellRole;
import org.hillfit.result.AuditAction;
import org.hillfit.result.ReviewVerdict;
import org.jspecify.annotations.Nullable;

/**
 * The project file's JSON schema (version {@link #SCHEMA_VERSION}), one record per JSON object, bound by Jackson
 * without annotations on the domain. Each record checks its own fields, so a bad file is reported with the line and
 * JSON path of the bad object. Schema history: version 1 had no {@code notes}, no {@code references} and no audit
 * {@code hash}; version 2 added them ({@link ProjectMigration}).
 */
final class ProjectDocument {
    /** The value of the {@code format} field of every project file. */
    static final String FORMAT = "hillfit-project";
    /** The schema version this code writes. */
    static final int SCHEMA_VERSION = 3;

    private ProjectDocument() {}

    record Root(
            String format,
            int schemaVersion,
            @Nullable String savedBy,
            Settings settings,
            List<Layout> layouts,
            List<Input> inputs,
            Map<String, String> references,
            List<NoteEntry> notes,
            List<Audit> audit) {
        Root {
            required(format, "format");
            required(settings, "settings");
            layouts = List.copyOf(required(layouts, "layouts"));
            inputs = List.copyOf(required(inputs, "inputs"));
            references = Map.copyOf(required(references, "references"));
            notes = List.copyOf(required(notes, "notes"));
            audit = List.copyOf(required(audit, "audit"));
        }

        Root withAudit(List<Audit> newAudit) {
            return new Root(format, schemaVersion, savedBy, settings, layouts, inputs, references, notes, newAudit);
        }
    }

    record Settings(Readout readout, Normalization normalization, Fit fit) {
        Settings {
            required(readout, "readout");
            required(normalization, "normalization");
            required(fit, "fit");
        }
    }

    record Readout(String kind, @Nullable String channel) {
        Readout {
            if (ReadoutKind.parse(required(kind, "kind")).isEmpty()) {
                throw new IllegalArgumentException("unknown readout kind '" + kind + "'");
            }
        }
    }

    record Normalization(
            String controlStatistic,
            double qcPass,
            double qcWarn,
            double outlierRobustZ,
            int outlierMinimumGroup,
            boolean maskOutliers,
            boolean subtractBlank,
            @Nullable String referenceCompound,
            @Nullable String referenceMode) {
        Normalization {
            JsonFields.slug(controlStatistic, ControlStatistic.class, "controlStatistic");
            if ((referenceCompound == null) != (referenceMode == null)) {
                throw new IllegalArgumentException("'referenceCompound' and 'referenceMode' go together; got "
                        + referenceCompound + " and " + referenceMode);
            }
        }
    }

    record Fit(
            String model,
            Constraint bottom,
            Constraint top,
            Constraint hill,
            String weighting,
            String robust,
            double outlierQ,
            double inactiveSpanPercent,
            double inactiveAlpha,
            double hillLow,
            double hillHigh,
            @Nullable Window controlWindow,
            String ciMethod,
            double confidenceLevel) {
        Fit {
            required(model, "model");
            required(bottom, "bottom");
            required(top, "top");
            required(hill, "hill");
            required(weighting, "weighting");
            required(robust, "robust");
            required(ciMethod, "ciMethod");
        }
    }

    /** A parameter constraint; a missing end is unbounded (JSON has no infinity). */
    record Constraint(String kind, @Nullable Double lower, @Nullable Double upper) {
        Constraint {
            required(kind, "kind");
        }
    }

    /** The control levels of normalised data. */
    record Window(double low, double high, double tolerance) {}

    record Layout(String name, String source, List<LayoutWell> wells) {
        Layout {
            required(name, "name");
            required(source, "source");
            wells = List.copyOf(required(wells, "wells"));
        }
    }

    record LayoutWell(
            String well,
            String role,
            @Nullable String compound,
            @Nullable Double concentration,
            @Nullable String unit) {
        LayoutWell {
            JsonFields.well(well, "well");
            JsonFields.slug(role, WellRole.class, "role");
            if ((concentration == null) != (unit == null)) {
                throw new IllegalArgumentException(
                        "'concentration' and 'unit' go together; got " + concentration + " and " + unit);
            }
            if (unit != null && ConcentrationUnit.parse(unit).isEmpty()) {
                throw new IllegalArgumentException("unknown concentration unit '" + unit + "'");
            }
        }
    }

    record Input(
            String path,
            @Nullable String relativePath,
            String assay,
            String format,
            long sizeBytes,
            String sha256,
            List<String> warnings,
            List<PlateEntry> plates) {
        Input {
            required(path, "path");
            required(assay, "assay");
            required(format, "format");
            required(sha256, "sha256");
            warnings = List.copyOf(required(warnings, "warnings"));
            plates = List.copyOf(required(plates, "plates"));
        }
    }

    record PlateEntry(
            String name,
            int wells,
            String layout,
            Map<String, String> metadata,
            List<ChannelEntry> channels,
            List<Mask> masks,
            List<Decision> decisions) {
        PlateEntry {
            required(name, "name");
            if (PlateFormat.ofWellCount(wells).isEmpty()) {
                throw new IllegalArgumentException("'wells' must be 96, 384 or 1536; got " + wells);
            }
            required(layout, "layout");
            required(metadata, "metadata").values().forEach(v -> required(v, "metadata"));
            channels = List.copyOf(required(channels, "channels"));
            masks = List.copyOf(required(masks, "masks"));
            decisions = List.copyOf(required(decisions, "decisions"));
        }
    }

    record ChannelEntry(
            String name,
            String kind,
            Map<String, String> attributes,
            Map<String, Double> values,
            Map<String, Marker> markers) {
        ChannelEntry {
            required(name, "name");
            JsonFields.slug(kind, ChannelKind.class, "kind");
            required(attributes, "attributes");
            required(markers, "markers");
            required(values, "values").forEach((w, v) -> {
                JsonFields.well(w, "values");
                if (v == null || Double.isNaN(v)) {
                    throw new IllegalArgumentException("well " + w + " has no number; leave wells without one out");
                }
            });
            markers.keySet().forEach(w -> JsonFields.well(w, "markers"));
        }
    }

    record Marker(String flag, String text) {
        Marker {
            JsonFields.slug(flag, WellFlag.class, "flag");
            required(text, "text");
        }
    }

    record Mask(String well, String reason, String note, String user, String time) {
        Mask {
            JsonFields.well(well, "well");
            JsonFields.slug(reason, MaskReason.class, "reason");
            required(note, "note");
            required(user, "user");
            instant(time, "time");
        }
    }

    record Decision(String compound, String verdict, String reason, String user, String time) {
        Decision {
            required(compound, "compound");
            JsonFields.slug(verdict, ReviewVerdict.class, "verdict");
            required(reason, "reason");
            required(user, "user");
            instant(time, "time");
        }
    }

    record NoteEntry(String time, String user, String target, String text) {
        NoteEntry {
            instant(time, "time");
            required(user, "user");
            required(target, "target");
            required(text, "text");
        }
    }

    /** One audit entry; {@code hash} chains it to the one before (see {@link AuditChain}); null before schema 2. */
    record Audit(
            String time,
            String user,
            String action,
            String target,
            String detail,
            List<Change> changes,
            @Nullable String hash) {
        Audit {
            instant(time, "time");
            required(user, "user");
            JsonFields.slug(action, AuditAction.class, "action");
            required(target, "target");
            required(detail, "detail");
            changes = List.copyOf(required(changes, "changes"));
        }

        Audit withHash(@Nullable String newHash) {
            return new Audit(time, user, action, target, detail, changes, newHash);
        }
    }

    record Change(
            String assay, String plate, String compound, @Nullable PotencyEntry before, @Nullable PotencyEntry after) {
        Change {
            required(assay, "assay");
            required(plate, "plate");
            required(compound, "compound");
        }
    }

    record PotencyEntry(String qualifier, double logMolar) {
        PotencyEntry {
            if (!List.of("=", "<", ">").contains(required(qualifier, "qualifier"))) {
                throw new IllegalArgumentException("'qualifier' must be =, < or >; got '" + qualifier + "'");
            }
            if (!Double.isFinite(logMolar)) {
                throw new IllegalArgumentException("'logMolar' must be a finite number");
            }
        }
    }
}
