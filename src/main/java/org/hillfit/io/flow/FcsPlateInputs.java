/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.SourceLocation;

/**
 * The FCS files of one plate: the files of a folder (not its subfolders), the entries of a zip archive, or a single
 * file. Zip entries are read into memory one at a time and never written to disk (so no entry name can escape a
 * folder); the number of entries, each entry's size and the total unpacked size are bounded.
 */
final class FcsPlateInputs implements AutoCloseable {
    /** Most entries a zip may list. */
    static final int MAX_ZIP_ENTRIES = 20_000;
    /** Most FCS files in one plate input (two 1536-well plates' worth). */
    static final int MAX_FILES = 3_072;

    /**
     * One FCS file.
     *
     * @param name the file name (no folders), used to find the well
     * @param displayPath the path shown in messages
     * @param entry the zip entry name, or "" for a file
     */
    record Input(String name, Path displayPath, String entry) {}

    private final Path root;
    private final ZipFile zip;
    private final List<Input> files;
    private final List<String> skipped;
    private final ImportLimits limits;
    private long unpacked;

    private FcsPlateInputs(Path root, ZipFile zip, List<Input> files, List<String> skipped, ImportLimits limits) {
        this.root = root;
        this.zip = zip;
        this.files = List.copyOf(files);
        this.skipped = List.copyOf(skipped);
        this.limits = limits;
    }

    /**
     * Lists the FCS files of a folder, zip archive or single file.
     *
     * @throws ImportException when the folder or archive cannot be listed, or holds too many entries
     */
    static FcsPlateInputs open(Path path, ImportLimits limits) throws ImportException {
        SourceLocation where = SourceLocation.of(path);
        try {
            if (Files.isDirectory(path)) {
                return folder(path, limits);
            }
            if (isZip(path)) {
                return zip(path, limits);
            }
            Path name = path.getFileName();
            return new FcsPlateInputs(
                    path, null, List.of(new Input(String.valueOf(name), path, "")), List.of(), limits);
        } catch (IOException e) {
            throw new ImportException(where, "cannot list the files (" + e.getMessage() + ")", e);
        }
    }

    private static FcsPlateInputs folder(Path dir, ImportLimits limits) throws IOException, ImportException {
        List<Input> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path child : stream) {
                children.add(child);
            }
        }
        children.sort(Comparator.comparing(p -> String.valueOf(p.getFileName()), FcsPlateInputs::naturalOrder));
        for (Path child : children) {
            String name = String.valueOf(child.getFileName());
            if (name.startsWith(".") || !Files.isRegularFile(child)) {
                continue;
            }
            if (hasFcsExtension(name) || FcsReader.looksLikeFcs(child)) {
                files.add(new Input(name, child, ""));
            } else {
                skipped.add(name);
            }
        }
        checkCount(dir, files.size());
        return new FcsPlateInputs(dir, null, files, skipped, limits);
    }

    private static FcsPlateInputs zip(Path path, ImportLimits limits) throws IOException, ImportException {
        ZipFile zip = new ZipFile(path.toFile());
        try {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                throw new ImportException(
                        SourceLocation.of(path),
                        "the archive lists " + zip.size() + " entries, over the limit of " + MAX_ZIP_ENTRIES);
            }
            List<Input> files = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = lastSegment(entry.getName());
                if (entry.isDirectory()
                        || name.isEmpty()
                        || name.startsWith(".")
                        || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (hasFcsExtension(name)) {
                    files.add(new Input(name, displayPath(path, name), entry.getName()));
                } else {
                    skipped.add(name);
                }
            }
            files.sort(Comparator.comparing(Input::name, FcsPlateInputs::naturalOrder)
                    .thenComparing(Input::entry));
            checkCount(path, files.size());
            return new FcsPlateInputs(path, zip, files, skipped, limits);
        } catch (ImportException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The FCS files, in name order. */
    List<Input> files() {
        return files;
    }

    /** Names of files that are not FCS files (a layout, notes). */
    List<String> skipped() {
        return skipped;
    }

    /** The plate name to use when no file names one: the folder's, archive's or file's name without extension. */
    String defaultPlateName() {
        String name = String.valueOf(root.getFileName());
        int dot = name.lastIndexOf('.');
        return Files.isDirectory(root) || dot <= 0 ? name : name.substring(0, dot);
    }

    /** The input path (folder, archive or file). */
    Path root() {
        return root;
    }

    /**
     * Reads one FCS file.
     *
     * @throws ImportException naming the file when it is unreadable, too large, or the archive's total unpacked
     *     size exceeds four times the file size limit
     */
    FcsFile read(Input input) throws ImportException {
        if (zip == null) {
            return FcsReader.read(input.displayPath(), limits);
        }
        SourceLocation where = SourceLocation.of(input.displayPath());
        ZipEntry entry = zip.getEntry(input.entry());
        int max = (int) Math.min(limits.maxFileBytes(), Integer.MAX_VALUE - 8);
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(max + 1);
        } catch (IOException e) {
            throw new ImportException(where, "cannot unpack the entry (" + e.getMessage() + ")", e);
        }
        if (bytes.length > max) {
            throw new ImportException(where, "the entry unpacks to more than " + max + " bytes, over the limit");
        }
        unpacked += bytes.length;
        if (unpacked > 4 * limits.maxFileBytes()) {
            throw new ImportException(
                    SourceLocation.of(root),
                    "the archive unpacks to more than " + 4 * limits.maxFileBytes() + " bytes, over the limit");
        }
        return FcsReader.read(input.displayPath(), ByteBuffer.wrap(bytes), limits);
    }

    /** True when the archive's total unpacked size limit (not one entry) stopped a read. */
    boolean isOverBudget() {
        return unpacked > 4 * limits.maxFileBytes();
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }

    /** Name order with digit runs compared as numbers: A1, A2, …, A10 (as a plate is read), not A1, A10, A2. */
    static int naturalOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                String na = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return a.length() != b.length() ? Integer.compare(a.length() - i, b.length() - j) : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    static boolean hasFcsExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".fcs") || lower.endsWith(".lmd");
    }

    static boolean isZip(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false; // unreadable: not treated as an archive; reading it reports the error
        }
    }

    private static String lastSegment(String entryName) {
        String name = entryName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).replace("\0", "");
    }

    private static Path displayPath(Path archive, String name) {
        try {
            return archive.resolve(name.equals("..") ? "_" : name);
        } catch (InvalidPathException e) {
            return archive.resolve(name.replaceAll("[^A-Za-z0-9._ -]", "_"));
        }
    }

    private static void checkCount(Path path, int count) throws ImportException {
        if (count > MAX_FILES) {
            throw new ImportException(
                    SourceLocation.of(path),
                    count + " FCS files, over the limit of " + MAX_FILES + " (a plate has at most 1536 wells)");
        }
    }
}
