/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

/**
 * Bounds that protect against absurd or hostile inputs. Importers check them before allocating.
 *
 * @param maxFileBytes largest file an importer will open
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
}
