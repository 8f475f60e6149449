/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One dataset of an FCS file: its keywords, parameters and list-mode events, stored as one {@code float} array per
 * parameter (exact for float data and for integers below 2^24; double data is rounded to float precision, seven
 * significant digits, far finer than any cytometer resolves). Values are scale values: integers masked to their
 * range, log parameters scaled by {@code $PnE}, linear parameters divided by {@code $PnG}. Immutable.
 */
public final class FcsDataset {
    private final String version;
    private final FcsKeywords keywords;
    private final List<FcsParameter> parameters;
    private final float[][] columns;
    private final int eventCount;
    private final boolean compensated;

    FcsDataset(String version, FcsKeywords keywords, List<FcsParameter> parameters, float[][] columns, boolean comp) {
        this.version = Objects.requireNonNull(version, "version");
        this.keywords = Objects.requireNonNull(keywords, "keywords");
        this.parameters = List.copyOf(parameters);
        if (columns.length != parameters.size()) {
            throw new IllegalArgumentException(
                    columns.length + " data columns for " + parameters.size() + " parameters");
        }
        this.columns = columns;
        this.eventCount = columns.length == 0 ? 0 : columns[0].length;
        for (float[] column : columns) {
            if (column.length != eventCount) {
                throw new IllegalArgumentException("data columns differ in length");
            }
        }
        this.compensated = comp;
    }

    /** The FCS version of this dataset, e.g. "FCS3.1". */
    public String version() {
        return version;
    }

    /** TEXT and supplemental TEXT keywords. */
    public FcsKeywords keywords() {
        return keywords;
    }

    /** Parameters in file order (index 0 is {@code $P1}). */
    public List<FcsParameter> parameters() {
        return parameters;
    }

    /** Number of events ({@code $TOT}). */
    public int eventCount() {
        return eventCount;
    }

    /** Number of parameters ({@code $PAR}). */
    public int parameterCount() {
        return parameters.size();
    }

    /** True when the spillover matrix has been applied. */
    public boolean isCompensated() {
        return compensated;
    }

    /**
     * The 0-based index of a parameter named by its {@code $PnN} or, failing that, its {@code $PnS}
     * (case-insensitive).
     */
    public Optional<Integer> indexOf(String nameOrStain) {
        String wanted = nameOrStain.strip().toLowerCase(Locale.ROOT);
        for (FcsParameter p : parameters) {
            if (p.name().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(p.number() - 1);
            }
        }
        for (FcsParameter p : parameters) {
            if (p.stain().map(s -> s.toLowerCase(Locale.ROOT).equals(wanted)).orElse(false)) {
                return Optional.of(p.number() - 1);
            }
        }
        return Optional.empty();
    }

    /** One value. */
    public float value(int parameterIndex, int event) {
        return columns[parameterIndex][event];
    }

    /** A copy of one parameter's values, in event order. */
    public float[] column(int parameterIndex) {
        return columns[parameterIndex].clone();
    }

    /** The live column, for code in this package that promises not to modify it. */
    float[] columnView(int parameterIndex) {
        return columns[parameterIndex];
    }

    /** A copy with some columns replaced (compensation); the other columns are shared, never modified. */
    FcsDataset withColumns(float[][] replaced, boolean isCompensated) {
        return new FcsDataset(version, keywords, parameters, replaced, isCompensated);
    }

    @Override
    public String toString() {
        return "FcsDataset[" + version + ", " + eventCount + " events × " + parameters.size() + " parameters]";
    }
}
