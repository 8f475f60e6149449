/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * Whole columns or rows of control wells in a generated layout.
 *
 * @param role neutral, inhibitor or blank
 * @param axis whether {@code indices} are columns or rows
 * @param indices 1-based column numbers, or 1-based row numbers (1 = A), ascending, without repeats
 */
public record ControlBand(WellRole role, Axis axis, List<Integer> indices) {

    /** Columns or rows. */
    public enum Axis {
        COLUMNS,
        ROWS
    }

    public ControlBand {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(axis, "axis");
        if (role == WellRole.SAMPLE || role == WellRole.EMPTY) {
            throw new IllegalArgumentException(
                    "control bands hold neutral, inhibitor or blank wells; got " + role.slug());
        }
        indices = List.copyOf(new TreeSet<>(indices));
        if (indices.isEmpty() || indices.get(0) < 1) {
            throw new IllegalArgumentException("a control band needs row or column numbers from 1; got " + indices);
        }
    }

    /**
     * Parses "columns 1-2", "cols 1–2, 23–24", "column 24", "rows A-B", "rows P", "rows 1-2" (rows by letter or
     * number).
     *
     * @throws IllegalArgumentException with the expected form when the text is not one
     */
    public static ControlBand parse(WellRole role, String text) {
        String s = text.strip().replace('–', '-').replace('—', '-');
        int space = s.indexOf(' ');
        String word = (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT);
        Axis axis =
                switch (word) {
                    case "columns", "column", "cols", "col" -> Axis.COLUMNS;
                    case "rows", "row" -> Axis.ROWS;
                    default ->
                        throw new IllegalArgumentException(
                                "expected control wells as 'columns 1-2, 23-24' or 'rows A-B'; got '" + text + "'");
                };
        List<Integer> indices = new ArrayList<>();
        for (String part : s.substring(space < 0 ? s.length() : space).split("[,;/ ]+")) {
            if (!part.isBlank()) {
                indices.addAll(range(part.strip(), axis, text));
            }
        }
        return new ControlBand(role, axis, indices);
    }

    /** The wells of the band on a plate. */
    public List<WellId> wells(PlateFormat format) {
        List<WellId> wells = new ArrayList<>();
        for (int index : indices) {
            int lines = axis == Axis.COLUMNS ? format.rows() : format.columns();
            for (int k = 0; k < lines; k++) {
                wells.add(axis == Axis.COLUMNS ? new WellId(k, index) : new WellId(index - 1, k + 1));
            }
        }
        return wells;
    }

    /** "columns 1-2, 23-24" or "rows A-B", the form {@link #parse} reads. */
    public String describe() {
        return (axis == Axis.COLUMNS ? "columns " : "rows ") + ranges(", ", "-");
    }

    /** "cols 1–2/23–24", "rows A–B" for template names. */
    String shortForm() {
        return (axis == Axis.COLUMNS ? "cols " : "rows ") + ranges("/", "–");
    }

    private String ranges(String separator, String dash) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < indices.size()) {
            int j = i;
            while (j + 1 < indices.size() && indices.get(j + 1) == indices.get(j) + 1) {
                j++;
            }
            parts.add(label(indices.get(i)) + (j > i ? dash + label(indices.get(j)) : ""));
            i = j + 1;
        }
        return String.join(separator, parts);
    }

    private String label(int index) {
        return axis == Axis.COLUMNS ? Integer.toString(index) : WellId.rowLabel(index - 1);
    }

    private static List<Integer> range(String part, Axis axis, String text) {
        String[] ends = part.split("-", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException(
                    "expected a range such as 1-2 or A-B; got '" + part + "' in '" + text + "'");
        }
        int from = index(ends[0], axis, text);
        int to = ends.length == 2 ? index(ends[1], axis, text) : from;
        List<Integer> indices = new ArrayList<>();
        for (int i = Math.min(from, to); i <= Math.max(from, to); i++) {
            indices.add(i);
        }
        return indices;
    }

    private static int index(String text, Axis axis, String whole) {
        String s = text.strip();
        if (axis == Axis.ROWS && !s.isEmpty() && Character.isLetter(s.charAt(0))) {
            return WellId.rowIndexOf(s)
                    .map(i -> i + 1)
                    .orElseThrow(
                            () -> new IllegalArgumentException("not a row letter: '" + s + "' in '" + whole + "'"));
        }
        try {
            int value = Integer.parseInt(s);
            if (value < 1 || value > WellId.MAX_COLUMN) {
                throw new IllegalArgumentException(
                        "row and column numbers run 1–48; got " + value + " in '" + whole + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "expected a number" + (axis == Axis.ROWS ? " or row letter" : "") + "; got '" + s + "' in '" + whole
                            + "'",
                    e);
        }
    }
}
