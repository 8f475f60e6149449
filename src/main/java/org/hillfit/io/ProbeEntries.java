/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Lists the names inside a folder or zip archive for {@link ProbeSample#entries()}. */
final class ProbeEntries {
    private ProbeEntries() {}

    /** Names of the regular, non-hidden files directly in a folder, sorted, at most {@code max}. */
    static List<String> ofFolder(Path folder, int max) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path child : stream) {
                String name = String.valueOf(child.getFileName());
                if (!name.startsWith(".") && Files.isRegularFile(child)) {
                    names.add(name);
                }
                if (names.size() >= max) {
                    break;
                }
            }
        }
        names.sort(null);
        return List.copyOf(names);
    }

    /** Entry names of a zip archive (folders left out), sorted, at most {@code max}; empty when unreadable. */
    static List<String> ofZip(Path archive, int max) {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && names.size() < max) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // not a readable archive: no importer claims it by its entries
        }
        names.sort(null);
        return List.copyOf(names);
    }
}
