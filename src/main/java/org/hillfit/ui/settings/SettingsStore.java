/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.hillfit.report.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link WorkbenchSettings} in memory and in a small JSON file ({@code ~/.hillfit/workbench.json}). Reads
 * once; every {@link #update} writes the file atomically on the given executor (never on the FX thread), coalescing
 * quick successive updates into one write. A missing or unreadable file means the defaults: settings are a
 * convenience, never a reason not to start.
 */
public final class SettingsStore {
    /** The settings file's name inside the Hillfit folder. */
    public static final String FILE_NAME = "workbench.json";

    private static final Logger LOGGER = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final Executor writer;
    private final ObjectMapper mapper =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final AtomicReference<WorkbenchSettings> unsaved = new AtomicReference<>();
    private volatile WorkbenchSettings current;

    /**
     * @param file the JSON file (its folder is created on the first write)
     * @param writer where writes run
     */
    public SettingsStore(Path file, Executor writer) {
        this.file = Objects.requireNonNull(file, "file");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.current = read(file);
    }

    /** The settings now. */
    public WorkbenchSettings current() {
        return current;
    }

    /** Changes the settings and schedules the write. */
    public synchronized void update(UnaryOperator<WorkbenchSettings> change) {
        current = change.apply(current);
        if (unsaved.getAndSet(current) == null) {
            writer.execute(this::writePending);
        }
    }

    /** Writes pending changes now, on the calling thread (at exit). */
    public void flush() {
        writePending();
    }

    private void writePending() {
        WorkbenchSettings pending = unsaved.getAndSet(null);
        if (pending == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] json = mapper.writeValueAsBytes(pending);
            AtomicFiles.write(file, out -> out.write(json));
        } catch (IOException e) {
            LOGGER.warn("could not save the workbench settings to {}: {}", file, e.getMessage());
        }
    }

    private WorkbenchSettings read(Path path) {
        if (!Files.isRegularFile(path)) {
            return WorkbenchSettings.DEFAULT;
        }
        try {
            return mapper.readValue(path.toFile(), WorkbenchSettings.class);
        } catch (IOException | RuntimeException e) { // boundary: a damaged settings file must not stop the app
            LOGGER.warn("ignoring unreadable workbench settings {}: {}", path, e.getMessage());
            return WorkbenchSettings.DEFAULT;
        }
    }
}
