/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files all-or-nothing: into a temporary file in the target's folder, then moved over the target. A crash or
 * an exception while writing leaves the previous file untouched and no partial file behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * A new, empty hidden file next to the target. Created like any file (the user's umask applies), not with
     * {@link Files#createTempFile}, whose owner-only permissions would carry over to the report and keep
     * colleagues on a shared folder from opening it.
     */
    private static Path newTempFile(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + name + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e; // not a name clash any more but something odd with the folder
                }
            }
        }
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to the stream; need not close it. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the target atomically.
     *
     * @throws IOException when writing or moving fails; the target is then as it was
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        Path temp = newTempFile(
                folder == null ? Path.of("") : folder, absolute.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING); // e.g. some network shares
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
