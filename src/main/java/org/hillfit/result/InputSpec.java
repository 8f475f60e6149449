/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of an analysis.
 *
 * @param path a file (or, for flow data, a folder of FCS files)
 * @param assay the assay/target name its plates belong to
 * @param format an importer id, or "auto"
 */
public record InputSpec(Path path, String assay, String format) {
    public InputSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(assay, "assay");
        Objects.requireNonNull(format, "format");
    }

    /** The default assay name of a file: its name up to the first dot ("TYK2.envision.csv" → "TYK2"). */
    public static String defaultAssay(Path path) {
        String name = String.valueOf(path.getFileName());
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
