/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Reads the {@code $PnN, $PnS, $PnB, $PnR, $PnE, $PnG} keywords into {@link FcsParameter}s. */
final class FcsParameters {
    private FcsParameters() {}

    /**
     * The parameters 1…{@code count}. Missing optional keywords take their FCS defaults (linear, gain 1); a
     * malformed {@code $PnE} is read as linear with a warning.
     */
    static List<FcsParameter> of(FcsKeywords keywords, int count, List<String> warnings) {
        String type = keywords.text("$DATATYPE").orElse("").toUpperCase(Locale.ROOT);
        int defaultBits = type.equals("D") ? 64 : type.equals("F") ? 32 : 0;
        List<FcsParameter> parameters = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String p = "$P" + n;
            String name = keywords.text(p + "N").orElse("P" + n);
            OptionalLong bits = keywords.integer(p + "B");
            OptionalDouble range = keywords.number(p + "R");
            double[] log = amplification(keywords, p + "E", warnings);
            double gain = keywords.number(p + "G").orElse(1);
            parameters.add(new FcsParameter(
                    n,
                    name,
                    keywords.text(p + "S"),
                    (int) Math.max(
                            0,
                            Math.min(Integer.MAX_VALUE, bits.orElse(defaultBits))), // checked per type by FcsDataLayout
                    range.orElse(Double.NaN),
                    log[0],
                    log[1],
                    gain > 0 && Double.isFinite(gain) ? gain : 1));
        }
        return parameters;
    }

    /** {f1, f2} of {@code $PnE}; f2 = 0 with f1 &gt; 0 means 1 (a common writer mistake the spec forbids). */
    private static double[] amplification(FcsKeywords keywords, String keyword, List<String> warnings) {
        String text = keywords.text(keyword).orElse("0,0");
        String[] parts = text.split(",");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException(text);
            }
            double f1 = Double.parseDouble(parts[0].strip());
            double f2 = Double.parseDouble(parts[1].strip());
            if (!(f1 >= 0) || !Double.isFinite(f1) || !Double.isFinite(f2)) {
                throw new NumberFormatException(text);
            }
            return new double[] {f1, f1 > 0 && f2 <= 0 ? 1 : f2};
        } catch (NumberFormatException e) {
            warnings.add(keyword + " is '" + text + "'; expected 'decades,offset'; the parameter is read as linear");
            return new double[] {0, 0};
        }
    }
}
