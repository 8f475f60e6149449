/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.io.layout.LayoutMessages;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;

/** A dose typed in the layout dialog: a bare number in the chosen unit, or a number with its own unit ("10 uM"). */
final class DoseText {
    private static final Pattern NUMBER = Pattern.compile("(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");
    private static final Pattern NUMBER_AND_WORD =
            Pattern.compile("((?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?)\\s*(\\S.*)");

    private DoseText() {}

    /** The dose, or empty when the text is blank or cannot be read. */
    static Optional<Concentration> parse(String text, ConcentrationUnit unit) {
        String s = text.strip();
        if (NUMBER.matcher(s).matches()) {
            double value = Double.parseDouble(s);
            return Double.isFinite(value) ? Optional.of(new Concentration(value, unit)) : Optional.empty();
        }
        return Concentration.parse(s);
    }

    /** Why the text is not a dose, in the layout readers' words; empty for a blank text or a dose. */
    static Optional<String> problem(String text) {
        String s = text.strip();
        if (s.isEmpty() || parse(s, ConcentrationUnit.M).isPresent()) {
            return Optional.empty();
        }
        Matcher withWord = NUMBER_AND_WORD.matcher(s);
        return Optional.of(
                withWord.matches()
                        ? LayoutMessages.unknownUnit(withWord.group(2).strip())
                        : LayoutMessages.notAConcentration(s));
    }
}
