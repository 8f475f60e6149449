/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hillfit.io.table.SpreadsheetTables;
import org.hillfit.io.table.TextDecoding;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;

/**
 * What importers look at to decide whether a file is theirs: the name and the first bytes, decoded as text. For a
 * workbook the text is a preview of the first rows of every sheet (cells joined by tabs), built once and shared by
 * all importers. An input may also be a folder (a plate of FCS files): then there are no bytes, and {@link
 * #entries()} lists the names of the files in it; for a zip archive {@link #entries()} lists its entries.
 */
public final class ProbeSample {
    /** How many bytes of a text file are looked at. */
    public static final int HEAD_BYTES = 16 * 1024;

    /** Most names {@link #entries()} lists. */
    public static final int MAX_ENTRIES = 10_000;

    private static final int PREVIEW_ROWS = 60;

    private final String fileName;
    private final long size;
    private final byte[] head;
    private final Path file;
    private final boolean directory;
    private String text;
    private List<TextTable> preview;
    private List<String> entries;
    private ImportException previewFailure;

    private ProbeSample(String fileName, long size, byte[] head, Path file, boolean directory) {
        this.fileName = fileName;
        this.size = size;
        this.head = head;
        this.file = file;
        this.directory = directory;
    }

    /** Reads the head of a file, or lists a folder. */
    public static ProbeSample of(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            Path name = file.getFileName();
            ProbeSample folder =
                    new ProbeSample(name == null ? file.toString() : name.toString(), 0, new byte[0], file, true);
            folder.entries = ProbeEntries.ofFolder(file, MAX_ENTRIES);
            return folder;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        Path name = file.getFileName();
        return new ProbeSample(name == null ? file.toString() : name.toString(), Files.size(file), head, file, false);
    }

    /** A sample from bytes in memory (tests, fuzzing); workbook previews are not available. */
    public static ProbeSample of(String fileName, byte[] bytes) {
        byte[] head = bytes.length > HEAD_BYTES ? java.util.Arrays.copyOf(bytes, HEAD_BYTES) : bytes.clone();
        return new ProbeSample(fileName, bytes.length, head, null, false);
    }

    /** True when the input is a folder rather than a file. */
    public boolean isDirectory() {
        return directory;
    }

    /**
     * For a folder, the names of the regular files directly in it (hidden ones left out); for a zip archive
     * (including workbooks), the names of its entries; otherwise empty. Sorted, at most {@value #MAX_ENTRIES}; empty
     * when the archive cannot be read.
     */
    public synchronized List<String> entries() {
        if (entries == null) {
            entries = file != null && isWorkbook() ? ProbeEntries.ofZip(file, MAX_ENTRIES) : List.of();
        }
        return entries;
    }

    /** The file name without folders. */
    public String fileName() {
        return fileName;
    }

    /** The lower-case extension without dot ("csv"), or "". */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** File size in bytes. */
    public long size() {
        return size;
    }

    /** A copy of the first bytes. */
    public byte[] head() {
        return head.clone();
    }

    /** True when the bytes are a zip or OLE2 workbook (whatever the extension says). */
    public boolean isWorkbook() {
        return SpreadsheetTables.looksLikeWorkbook(head);
    }

    /**
     * The head as text: decoded text for text files; for workbooks, the preview rows of every sheet, each sheet
     * introduced by a line {@code ##sheet <name>}; "" when a workbook cannot be previewed.
     */
    public synchronized String text() {
        if (text == null) {
            text = isWorkbook() ? previewText() : TextDecoding.decode(head).text();
        }
        return text;
    }

    /** The first rows of every sheet of a workbook; empty for text files or unreadable workbooks. */
    public synchronized List<TextTable> workbookPreview() {
        if (preview == null) {
            preview = List.of();
            if (isWorkbook() && file != null) {
                try {
                    preview = SpreadsheetTables.read(file, ImportContext.defaults(), PREVIEW_ROWS);
                } catch (ImportException e) {
                    preview = List.of(); // unreadable workbook: no importer will claim it, detection reports why
                    previewFailure = e;
                }
            }
        }
        return preview;
    }

    /**
     * Why the workbook could not be previewed (corrupt, password-protected, a zip bomb, over a limit), when it is a
     * workbook on disk that POI refused; empty otherwise.
     */
    public synchronized Optional<ImportException> workbookFailure() {
        workbookPreview();
        return Optional.ofNullable(previewFailure);
    }

    private String previewText() {
        StringBuilder s = new StringBuilder();
        for (TextTable table : workbookPreview()) {
            s.append("##sheet ").append(table.sheet()).append('\n');
            for (TextRow row : table.rows()) {
                s.append(String.join("\t", row.cells())).append('\n');
            }
        }
        return s.toString();
    }
}
