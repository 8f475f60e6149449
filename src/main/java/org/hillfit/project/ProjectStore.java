/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.hillfit.report.AtomicFiles;

/**
 * Saves and opens project files ({@code .hillfit}: JSON with a {@code schemaVersion}), with autosave and crash
 * recovery. A project embeds the inputs' parsed values, so it opens after the exports moved; the analysis is
 * recomputed on open and is identical to the saved one. Saves are atomic. Thread-safe.
 */
public final class ProjectStore {
    /** The file extension of projects. */
    public static final String EXTENSION = ".hillfit";
    /** The largest project file opened, in bytes (256 MiB: hundreds of 1536-well plates). */
    public static final long MAX_BYTES = 256L << 20;
    /** The deepest JSON nesting accepted (the schema needs 8). */
    static final int MAX_NESTING = 64;

    private final ObjectMapper mapper;

    /** A store with the project file settings. */
    public ProjectStore() {
        this.mapper = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxDocumentLength(MAX_BYTES)
                        .build());
    }

    /**
     * Writes the session to {@code target} atomically and removes its autosave.
     *
     * @throws IOException when the file cannot be written; the previous file is then intact
     */
    public void save(AnalysisSession session, Path target) throws IOException {
        write(session, target, target);
        Files.deleteIfExists(autosavePath(target));
    }

    /**
     * Writes the session to the autosave file beside {@code project} (".name.hillfit.autosave"), atomically.
     *
     * @throws IOException when the file cannot be written
     */
    public void autosave(AnalysisSession session, Path project) throws IOException {
        write(session, autosavePath(project), project);
    }

    /**
     * Opens a project (or an autosave), recomputing its analysis, and checks its inputs on disk.
     *
     * @param context who edits the opened session
     * @throws ProjectException naming the file, line and JSON path when the file is malformed, truncated, too large,
     *     from a newer Hillfit, or its plates cannot be analysed
     */
    public OpenedProject open(Path file, ReviewContext context) throws ProjectException {
        return new ProjectReader(mapper, compact()).read(file, context);
    }

    /**
     * An autosave newer than the project (or a project never saved), left by a crash: offer to recover it.
     *
     * @throws IOException when the files' times cannot be read
     */
    public Optional<Recovery> recoverable(Path project) throws IOException {
        Path autosave = autosavePath(project);
        if (!Files.isRegularFile(autosave)) {
            return Optional.empty();
        }
        Instant autosaved = Files.getLastModifiedTime(autosave).toInstant();
        if (!Files.exists(project)) {
            return Optional.of(new Recovery(autosave, autosaved, Optional.empty()));
        }
        Instant saved = Files.getLastModifiedTime(project).toInstant();
        return autosaved.isAfter(saved)
                ? Optional.of(new Recovery(autosave, autosaved, Optional.of(saved)))
                : Optional.empty();
    }

    /**
     * Deletes the autosave of a project (after recovery was declined, or the project was closed cleanly).
     *
     * @throws IOException when it cannot be deleted
     */
    public void discardAutosave(Path project) throws IOException {
        Files.deleteIfExists(autosavePath(project));
    }

    /** The autosave file of a project: ".name.hillfit.autosave" in the same folder. */
    public static Path autosavePath(Path project) {
        Path absolute = project.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".autosave");
    }

    /** The configured JSON mapper (for tests of the document records). */
    com.fasterxml.jackson.databind.ObjectMapper mapper() {
        return mapper;
    }

    /** The text a project is saved as (for tests and diffs). */
    String text(AnalysisSession session, Path project) throws IOException {
        return mapper.writeValueAsString(document(session, project));
    }

    private void write(AnalysisSession session, Path target, Path project) throws IOException {
        ProjectDocument.Root document = document(session, project);
        AtomicFiles.write(target, out -> mapper.writeValue(new NonClosing(out), document));
    }

    /** The document with its audit trail sealed by the hash chain. */
    private ProjectDocument.Root document(AnalysisSession session, Path project) throws IOException {
        Path folder = project.toAbsolutePath().getParent();
        ProjectDocument.Root document = ProjectCodec.document(session, folder, savedBy());
        return document.withAudit(AuditChain.seal(document.audit(), compact()));
    }

    /** The one-line JSON the audit hash chain is computed over. */
    com.fasterxml.jackson.databind.ObjectWriter compact() {
        return mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    private static String savedBy() {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = ProjectStore.class.getResourceAsStream("/org/hillfit/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "Hillfit"; // the version is informative only
        }
        return "Hillfit " + properties.getProperty("version", "unknown");
    }

    /** Jackson closes the stream it writes to; AtomicFiles closes it itself. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
