/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.CellValue;
import org.hillfit.io.table.TextRow;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellMarker;
import org.hillfit.plate.WellRole;

/** Cell rules every layout form shares: roles, concentrations with units, flags, the sample checks. */
final class LayoutCells {
    private LayoutCells() {}

    /** Column index by lower-case, stripped header name (first occurrence wins). */
    static Map<String, Integer> columns(TextRow header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.stripped(i).toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    /** The stripped cell of a named column, "" when the column is absent. */
    static String cell(TextRow row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : row.stripped(index);
    }

    static WellRole role(String text, SourceLocation where) throws ImportException {
        return WellRole.parse(text)
                .orElseThrow(() -> new ImportException(
                        where, "unknown role '" + text + "'; expected sample, neutral, inhibitor, blank or empty"));
    }

    /**
     * A concentration from a number cell and a unit cell; the unit falls back to {@code defaultUnit} (a unit in a
     * grid title). Empty when the number cell is blank.
     */
    static Optional<Concentration> concentration(
            String numberText,
            String unitText,
            Optional<ConcentrationUnit> defaultUnit,
            CellParser numbers,
            SourceLocation where)
            throws ImportException {
        if (numberText.isEmpty()) {
            return Optional.empty();
        }
        CellValue value = numbers.parse(numberText);
        if (!(value instanceof CellValue.Number) && unitText.isEmpty()) {
            Optional<Concentration> withUnit = Concentration.parse(numberText); // "10 nM" in one cell
            if (withUnit.isPresent()) {
                return withUnit;
            }
        }
        if (!(value instanceof CellValue.Number number) || number.value() < 0) {
            throw new ImportException(where, LayoutMessages.notAConcentration(numberText));
        }
        ConcentrationUnit unit;
        if (unitText.isEmpty() && defaultUnit.isPresent()) {
            unit = defaultUnit.get();
        } else {
            unit = ConcentrationUnit.parse(unitText)
                    .orElseThrow(() -> new ImportException(
                            where,
                            unitText.isEmpty()
                                    ? "the concentration " + numberText + " has no unit; expected M, mM, uM (µM), nM"
                                            + " or pM"
                                    : LayoutMessages.unknownUnit(unitText)));
        }
        return Optional.of(new Concentration(number.value(), unit));
    }

    /** The well's content after the rules every layout obeys: a sample has a compound and a concentration. */
    static WellContent checkedContent(
            WellRole role, Optional<String> compound, Optional<Concentration> concentration, SourceLocation where)
            throws ImportException {
        if (role == WellRole.SAMPLE) {
            if (compound.isEmpty()) {
                throw new ImportException(where, LayoutMessages.SAMPLE_NEEDS_COMPOUND);
            }
            if (concentration.isEmpty()) {
                throw new ImportException(where, LayoutMessages.SAMPLE_NEEDS_CONCENTRATION);
            }
        }
        return new WellContent(role, compound, concentration);
    }

    /**
     * A flag cell: a {@link WellFlag} slug ("failed_transfer"), optionally followed by a note in parentheses.
     * Empty for a blank cell.
     */
    static Optional<WellMarker> flag(String text, SourceLocation where) throws ImportException {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int paren = text.indexOf('(');
        String slug = (paren >= 0 ? text.substring(0, paren) : text).strip();
        String note = paren >= 0 && text.endsWith(")")
                ? text.substring(paren + 1, text.length() - 1).strip()
                : "";
        for (WellFlag flag : WellFlag.values()) {
            if (flag.slug().equalsIgnoreCase(slug)) {
                return Optional.of(new WellMarker(flag, note));
            }
        }
        throw new ImportException(where, "unknown flag '" + slug + "'; expected a flag such as failed_transfer");
    }

    /** The text a writer puts in a flag cell; {@link #flag} reads it back. */
    static String flagText(WellMarker marker) {
        return marker.text().isEmpty() ? marker.flag().slug() : marker.flag().slug() + " (" + marker.text() + ")";
    }
}
