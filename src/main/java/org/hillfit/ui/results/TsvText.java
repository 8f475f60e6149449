/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Tab-separated text for the clipboard: a header line and one line per row, which Excel and Prism paste into
 * cells. Tabs and line breaks inside a cell become spaces, so a cell never spills into the next one.
 */
public final class TsvText {
    private TsvText() {}

    /** The header and rows, each line ending in a line break. */
    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(line(header));
        rows.forEach(row -> text.append(line(row)));
        return text.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(TsvText::clean).collect(Collectors.joining("\t")) + "\n";
    }

    private static String clean(String cell) {
        return cell.replaceAll("[\\t\\r\\n]+", " ");
    }
}
