/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 and size of input files and folders, so a report or project says exactly which data it used. */
final class ContentHash {
    private ContentHash() {}

    /**
     * Size and hash of a file, or of a folder's regular files in name order (each name and hash contributes).
     *
     * @param path a file or folder
     * @return {size, hex hash}
     */
    static Object[] of(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            MessageDigest folder = sha256();
            long size = 0;
            for (Path file : files) {
                folder.update(path.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                folder.update(hashFile(file));
                size += Files.size(file);
            }
            return new Object[] {size, HexFormat.of().formatHex(folder.digest())};
        }
        return new Object[] {Files.size(path), HexFormat.of().formatHex(hashFile(path))};
    }

    private static byte[] hashFile(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
