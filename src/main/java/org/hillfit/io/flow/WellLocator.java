/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.plate.WellId;

/**
 * Finds the plate well of an FCS file or a FlowJo sample: from the well keywords ({@code $WELLID}, {@code WELL ID},
 * {@code $LOCATIONID}), else from a well-looking part of {@code $SRC}, {@code TUBE NAME}, {@code $SMNO}, {@code $FIL}
 * or the file name ({@code Specimen_001_B3_B03.fcs}, {@code …_A01.fcs}, {@code Sample_Well_A02.fcs}, {@code
 * B01 KC-A.fcs}). In a name, the part after "Well" wins, else the last well-looking part (BD writes
 * {@code <specimen>_<tube>_<well>}).
 */
public final class WellLocator {
    /** Keywords that hold nothing but a well ID. */
    public static final List<String> WELL_KEYWORDS = List.of("$WELLID", "WELL ID", "$LOCATIONID", "WELLID");
    /** Keywords whose text may contain a well ID. */
    public static final List<String> NAME_KEYWORDS = List.of("$SRC", "TUBE NAME", "$SMNO", "$FIL");

    private WellLocator() {}

    /**
     * A well and where it was found.
     *
     * @param well the well
     * @param source e.g. "$WELLID 'B03'" or "file name 'Specimen_001_B3_B03.fcs'"
     */
    public record Located(WellId well, String source) {
        public Located {
            Objects.requireNonNull(well, "well");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The well of a dataset named {@code fileName}, looking at its keywords first. */
    public static Optional<Located> locate(FcsKeywords keywords, String fileName) {
        for (String keyword : WELL_KEYWORDS) {
            Optional<String> value = keywords.text(keyword);
            Optional<WellId> well = value.flatMap(WellLocator::inText);
            if (well.isPresent()) {
                return Optional.of(new Located(well.get(), keyword + " '" + value.get() + "'"));
            }
        }
        for (String keyword : NAME_KEYWORDS) {
            Optional<String> value = keywords.text(keyword);
            Optional<WellId> well = value.flatMap(WellLocator::inText);
            if (well.isPresent()) {
                return Optional.of(new Located(well.get(), keyword + " '" + value.get() + "'"));
            }
        }
        return inFileName(fileName);
    }

    /** The well in a file name (extension ignored). */
    public static Optional<Located> inFileName(String fileName) {
        return inText(fileName).map(w -> new Located(w, "file name '" + fileName + "'"));
    }

    /**
     * The well in a text: the whole text when it is a well ID ("B3", "B03"), else the part after a "Well" part,
     * else the last part that is a well ID. Parts are runs of letters and digits.
     */
    public static Optional<WellId> inText(String text) {
        String s = stripExtension(text.strip());
        Optional<WellId> whole = WellId.tryParse(s);
        if (whole.isPresent()) {
            return whole;
        }
        String[] parts = s.split("[^A-Za-z0-9]+");
        Optional<WellId> last = Optional.empty();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equalsIgnoreCase("well") && i + 1 < parts.length) {
                Optional<WellId> afterWell = wellPart(parts[i + 1]);
                if (afterWell.isPresent()) {
                    return afterWell;
                }
            }
            Optional<WellId> well = wellPart(parts[i]);
            if (well.isPresent()) {
                last = well;
            }
        }
        return last;
    }

    private static Optional<WellId> wellPart(String part) {
        return part.matches("[A-Za-z]{1,2}\\d{1,3}") ? WellId.tryParse(part) : Optional.empty();
    }

    private static String stripExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".fcs", ".lmd", ".csv", ".txt")) {
            if (lower.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }
}
