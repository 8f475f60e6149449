/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

/**
 * Bounds that protect against absurd or hostile inputs. They are checked before the memory is taken: the file size
 * before a file is read ({@code DelimitedTables.readBytes}, {@code SpreadsheetTables}), the size a workbook would
 * expand to before POI opens it (on top of POI's own inflate-ratio guard against zip bombs), the line length before
 * a text is split into cells, and the cell count row by row while tables are built. Breaking one is an {@link
 * ImportException} naming the file (and line). {@code hillfit convert} and {@code hillfit analyze} set the file size
 * with {@code --max-file-mb}.
 *
 * @param maxFileBytes largest file an importer will open, and largest total a workbook may expand to, in bytes
 * @param maxCellsPerTable largest number of cells in one text table or sheet
 * @param maxLineChars longest line (characters) in a text file
 */
public record ImportLimits(long maxFileBytes, long maxCellsPerTable, int maxLineChars) {

    /** Defaults: 512 MiB files, 20 million cells, 1 million characters per line. */
    public static final ImportLimits DEFAULT = new ImportLimits(512L << 20, 20_000_000L, 1_000_000);

    public ImportLimits {
        if (maxFileBytes <= 0 || maxCellsPerTable <= 0 || maxLineChars <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    /** A copy with another file-size limit, in bytes (> 0). */
    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxCellsPerTable, maxLineChars);
    }

    /** A copy with another file-size limit in MiB (> 0), as {@code --max-file-mb} gives it. */
    public ImportLimits withMaxFileMegabytes(long megabytes) {
        if (megabytes <= 0 || megabytes > Long.MAX_VALUE >> 20) {
            throw new IllegalArgumentException(
                    "the file-size limit must be a positive number of MiB; got " + megabytes);
        }
        return withMaxFileBytes(megabytes << 20);
    }
}
