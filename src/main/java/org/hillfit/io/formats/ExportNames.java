/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.plate.PlateFormat;

/** Names and sizes the vendor importers derive from file names and free text, the same way for each. */
final class ExportNames {
    private static final Pattern WELL_COUNT = Pattern.compile("(?<!\\d)(96|384|1536)(?!\\d)");

    private ExportNames() {}

    /** The file name without its last extension: "pH5.8_200214.xls" → "pH5.8_200214". */
    static String baseName(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** {@code wanted}, or {@code wanted (2)}, {@code wanted (3)} … when the name is already taken. */
    static String unique(String wanted, Collection<String> taken) {
        if (!taken.contains(wanted)) {
            return wanted;
        }
        int n = 2;
        while (taken.contains(wanted + " (" + n + ")")) {
            n++;
        }
        return wanted + " (" + n + ")";
    }

    /** The plate format a plate-type text names ("PE 96 Flat Bottom", "384 well", "COS384ft.pdf"). */
    static Optional<PlateFormat> formatIn(String text) {
        Matcher m = WELL_COUNT.matcher(text);
        return m.find() ? PlateFormat.ofWellCount(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
