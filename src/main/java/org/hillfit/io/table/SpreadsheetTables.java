/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.xml.sax.SAXException;

/**
 * Reads every sheet of an XLSX or XLS workbook (detected by content, so an XLSX saved as ".xls" works) into
 * {@link TextTable}s. Numbers are written as Excel displays them at full precision; formulas give their cached
 * values. XLSX (zip) files are streamed by {@link XlsxTables}; XLS (OLE2) files, password-protected workbooks
 * among them, go through POI's usermodel ({@link UserModelTables}). POI's zip-bomb guards (inflate ratio, entry
 * size) stay on, and its XML parsers refuse external entities.
 */
public final class SpreadsheetTables {
    private SpreadsheetTables() {}

    /** True when the bytes start like a zip (XLSX) or an OLE2 compound file (XLS). */
    public static boolean looksLikeWorkbook(byte[] head) {
        return head.length >= 4
                && ((head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
                        || ((head[0] & 0xFF) == 0xD0
                                && (head[1] & 0xFF) == 0xCF
                                && head[2] == 0x11
                                && (head[3] & 0xFF) == 0xE0));
    }

    /**
     * Reads all sheets, in workbook order.
     *
     * @param maxRowsPerSheet rows beyond this are not read (use {@link Integer#MAX_VALUE} for all)
     * @throws ImportException when the file is not a readable workbook or breaks a limit
     */
    public static List<TextTable> read(Path file, ImportContext context, int maxRowsPerSheet) throws ImportException {
        SourceLocation where = SourceLocation.of(file);
        try {
            long size = Files.size(file);
            if (size > context.limits().maxFileBytes()) {
                throw new ImportException(
                        where,
                        "the workbook is " + size + " bytes, over the limit of "
                                + context.limits().maxFileBytes());
            }
            checkExpandedSize(file, context);
            return isZip(file)
                    ? XlsxTables.read(file, context, maxRowsPerSheet)
                    : UserModelTables.read(file, context, maxRowsPerSheet);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(where, "the workbook is password-protected; save an unprotected copy", e);
        } catch (IOException | SAXException | RuntimeException e) {
            // POI signals corrupt or hostile workbooks with many unchecked exceptions; all mean "not readable".
            if (isZipBomb(e)) {
                throw new ImportException(
                        where,
                        "the workbook expands to far more data than its size suggests (POI's zip-bomb guard"
                                + " stopped reading); it was not read",
                        e);
            }
            if (causeSays(e, "DOCTYPE")) {
                throw new ImportException(
                        where,
                        "not a readable Excel workbook: its XML declares a DOCTYPE (external entities), which"
                                + " Hillfit refuses to read",
                        e);
            }
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? "damaged" : e.getMessage();
            throw new ImportException(where, "not a readable Excel workbook (" + oneLine(reason) + ")", e);
        }
    }

    /** True for a zip container (XLSX, also when saved as ".xls"); an encrypted XLSX is an OLE2 file. */
    private static boolean isZip(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 4) == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private static boolean causeSays(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /**
     * Rejects an XLSX whose entries declare more uncompressed bytes in total than the file-size limit, before POI
     * inflates anything. A zip the JDK cannot list is left to POI, which reports it.
     */
    private static void checkExpandedSize(Path file, ImportContext context) throws ImportException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                total += Math.max(0, entries.nextElement().getSize());
            }
        } catch (IOException e) {
            return; // not a zip (XLS) or a damaged one: POI gives the reason
        }
        if (total > context.limits().maxFileBytes()) {
            throw new ImportException(
                    SourceLocation.of(file),
                    "the workbook would expand to " + total + " bytes, over the limit of "
                            + context.limits().maxFileBytes() + " bytes");
        }
    }

    private static boolean isZipBomb(Throwable e) {
        return causeSays(e, "Zip bomb");
    }
}
