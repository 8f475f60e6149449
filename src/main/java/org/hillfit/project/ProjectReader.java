/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one project file: size and syntax checks, version gate and migration, binding, then the analysis. */
final class ProjectReader {
    private final ObjectMapper mapper;
    private final com.fasterxml.jackson.databind.ObjectWriter compact;

    ProjectReader(ObjectMapper mapper, com.fasterxml.jackson.databind.ObjectWriter compact) {
        this.mapper = mapper;
        this.compact = compact;
    }

    OpenedProject read(Path file, ReviewContext context) throws ProjectException {
        byte[] bytes = bytes(file);
        JsonNode tree = parse(file, () -> mapper.readTree(bytes));
        if (!(tree instanceof ObjectNode root)
                || !ProjectDocument.FORMAT.equals(tree.path("format").asText())) {
            throw new ProjectException(
                    file,
                    "",
                    "not a Hillfit project (expected a JSON object with \"format\": \"" + ProjectDocument.FORMAT
                            + "\")");
        }
        int version = version(file, root);
        ProjectDocument.Root document;
        if (version == ProjectDocument.SCHEMA_VERSION) {
            document = parse(file, () -> mapper.readValue(bytes, ProjectDocument.Root.class));
        } else {
            ProjectMigration.migrate(root, version);
            document = parse(file, () -> mapper.treeToValue(root, ProjectDocument.Root.class));
        }
        try {
            ProjectCodec.Decoded decoded = ProjectCodec.decode(document);
            AnalysisSession session = analyse(file, decoded, context);
            java.util.OptionalInt broken = parse(file, () -> AuditChain.firstBroken(document.audit(), compact));
            AuditSeal seal = version < 2 && AuditChain.isUnsealed(document.audit())
                    ? AuditSeal.UNSEALED
                    : broken.isPresent() ? AuditSeal.BROKEN : AuditSeal.INTACT;
            return new OpenedProject(
                    session,
                    checks(file, decoded),
                    version,
                    seal,
                    seal == AuditSeal.BROKEN ? broken : java.util.OptionalInt.empty());
        } catch (ProjectErrors.Invalid e) {
            throw new ProjectException(file, "at " + e.path(), String.valueOf(e.getMessage()), e);
        }
    }

    private static byte[] bytes(Path file) throws ProjectException {
        try {
            long size = Files.size(file);
            if (size > ProjectStore.MAX_BYTES) {
                throw new ProjectException(
                        file,
                        "",
                        "the file has " + size + " bytes; projects are limited to " + ProjectStore.MAX_BYTES
                                + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectException(file, "", "no such file", e);
        } catch (IOException e) {
            throw new ProjectException(file, "", "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static int version(Path file, ObjectNode root) throws ProjectException {
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToExactIntegral() || !version.isIntegralNumber()) {
            throw new ProjectException(file, "at schemaVersion", "expected a whole number");
        }
        int v = version.asInt();
        if (v > ProjectDocument.SCHEMA_VERSION) {
            throw new ProjectException(
                    file,
                    "",
                    "written by a newer Hillfit (project schema version " + v
                            + "; this Hillfit reads versions " + ProjectMigration.OLDEST + " to "
                            + ProjectDocument.SCHEMA_VERSION + "); update Hillfit to open it");
        }
        if (v < ProjectMigration.OLDEST) {
            throw new ProjectException(file, "at schemaVersion", "there is no project schema version " + v);
        }
        return v;
    }

    private static AnalysisSession analyse(Path file, ProjectCodec.Decoded decoded, ReviewContext context)
            throws ProjectException {
        List<SessionPlate> plates = new ArrayList<>();
        for (PlateSetup setup : decoded.plates()) {
            SessionLayout layout = decoded.layouts().get(setup.layoutName());
            if (layout == null) {
                throw new ProjectException(
                        file,
                        "",
                        setup.key() + " uses the layout '" + setup.layoutName()
                                + "', which the project does not define");
            }
            try {
                plates.add(PlateAnalyzer.analyze(setup, layout.layout(), decoded.settings()));
            } catch (AnalysisException e) {
                throw new ProjectException(file, "", "cannot analyse " + e.getMessage(), e);
            }
        }
        try {
            SessionState state = new SessionState(
                    decoded.inputs(),
                    decoded.layouts(),
                    decoded.settings(),
                    plates,
                    decoded.references(),
                    decoded.notes());
            return new AnalysisSession(state, decoded.audit(), context);
        } catch (IllegalArgumentException e) {
            throw new ProjectException(file, "", String.valueOf(e.getMessage()), e);
        }
    }

    private static List<InputCheck> checks(Path file, ProjectCodec.Decoded decoded) {
        Path folder = file.toAbsolutePath().getParent();
        List<InputCheck> checks = new ArrayList<>();
        for (int i = 0; i < decoded.inputs().size(); i++) {
            Optional<Path> beside = decoded.relativePaths().get(i).map(folder::resolve);
            checks.add(InputCheck.of(i, decoded.inputs().get(i).record(), beside));
        }
        return checks;
    }

    /** A Jackson step. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException;
    }

    private static <T> T parse(Path file, Step<T> step) throws ProjectException {
        try {
            return step.run();
        } catch (JsonProcessingException e) {
            throw new ProjectException(file, JsonErrorText.where(e), JsonErrorText.what(e), e);
        } catch (IllegalArgumentException e) {
            // treeToValue wraps binding errors of migrated documents in IllegalArgumentException
            throw new ProjectException(file, "", String.valueOf(e.getMessage()), e);
        } catch (IOException e) {
            throw new ProjectException(file, "", "cannot read the file (" + e.getMessage() + ")", e);
        }
    }
}
