/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.result.InputRecord;

/**
 * Whether an input of an opened project is still where it was and unchanged. The project keeps the parsed values
 * either way; a moved file can be relinked with {@link AnalysisSession#relinkInput}.
 *
 * @param input 0-based index of the input
 * @param record the input as analysed
 * @param status what was found
 * @param foundAt where a moved input was found (next to the project, at the same relative place)
 */
public record InputCheck(int input, InputRecord record, Status status, Optional<Path> foundAt) {

    /** What was found at an input's recorded path. */
    public enum Status {
        /** The file is there with the recorded size and SHA-256. */
        UNCHANGED,
        /** The file is missing at its path but was found, unchanged, relative to the project. */
        MOVED,
        /** Neither the path nor the place relative to the project holds it. */
        MISSING,
        /** A file is there but its content differs from the analysed one. */
        CHANGED
    }

    /** The most files an input folder (e.g. one FCS file per well) may hold to be checked. */
    static final int MAX_FOLDER_FILES = 10_000;

    public InputCheck {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(foundAt, "foundAt");
    }

    /** True unless the input is unchanged at its path. */
    public boolean needsAttention() {
        return status != Status.UNCHANGED;
    }

    /** One sentence for the user, naming the file. */
    public String message() {
        Path path = record.path();
        return switch (status) {
            case UNCHANGED -> path + ": unchanged";
            case MOVED -> path + ": moved; found unchanged at " + foundAt.orElseThrow() + " (relink to update)";
            case MISSING -> path + ": missing; the project uses the values embedded when it was analysed";
            case CHANGED ->
                path + ": changed since it was analysed (SHA-256 differs); the project uses the values"
                        + " embedded when it was analysed";
        };
    }

    /** Checks one input: at its path, else at {@code relative} resolved against the project's folder. */
    static InputCheck of(int input, InputRecord record, Optional<Path> besideProject) {
        if (Files.exists(record.path())) {
            return new InputCheck(
                    input,
                    record,
                    matches(record, record.path()) ? Status.UNCHANGED : Status.CHANGED,
                    Optional.empty());
        }
        if (besideProject.isPresent() && Files.exists(besideProject.get()) && matches(record, besideProject.get())) {
            return new InputCheck(input, record, Status.MOVED, besideProject);
        }
        return new InputCheck(input, record, Status.MISSING, Optional.empty());
    }

    /** The input recorded at a new path, after checking the content there is the same. */
    static SessionInput relinked(SessionInput input, Path newPath) throws AnalysisException {
        InputRecord old = input.record();
        if (!Files.exists(newPath)) {
            throw new AnalysisException(newPath + ": no such file");
        }
        if (!matches(old, newPath)) {
            throw new AnalysisException(newPath + ": its content differs from the analysed " + old.path() + " (SHA-256 "
                    + old.sha256() + "); relink only to the same file");
        }
        InputRecord moved = new InputRecord(newPath, old.assay(), old.format(), old.sizeBytes(), old.sha256());
        return new SessionInput(moved, input.warnings());
    }

    /**
     * True when the file (or folder) at {@code path} has the recorded size and SHA-256. The size is compared first,
     * so a hostile or mistaken path (a device, a huge file, the root folder) is rejected without being read.
     */
    private static boolean matches(InputRecord record, Path path) {
        try {
            if (Files.isRegularFile(path)) {
                if (Files.size(path) != record.sizeBytes()) {
                    return false;
                }
            } else if (!Files.isDirectory(path) || !folderMayMatch(path, record.sizeBytes())) {
                return false;
            }
            Object[] hash = ContentHash.of(path);
            return (Long) hash[0] == record.sizeBytes() && record.sha256().equals(hash[1]);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // an unreadable file is not the analysed one; the caller reports it as changed or missing
        }
    }

    /** A folder of at most {@link #MAX_FOLDER_FILES} regular files whose sizes add up to {@code size}. */
    private static boolean folderMayMatch(Path folder, long size) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            long[] seen = {0, 0};
            boolean small = walk.filter(Files::isRegularFile).allMatch(f -> {
                seen[0]++;
                seen[1] += f.toFile().length();
                return seen[0] <= MAX_FOLDER_FILES && seen[1] <= size;
            });
            return small && seen[1] == size;
        }
    }
}
