/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A spillover matrix from {@code $SPILLOVER} (FCS 3.1), {@code SPILL} or {@code spillover} (older writers): {@code
 * n, name1…namen, n×n values row-major}, where names are {@code $PnN} or {@code $PnS} values or parameter numbers.
 * Compensated values are {@code raw × inverse(spill)} on those parameters; the others are unchanged. Immutable.
 */
public final class Spillover {
    private static final List<String> KEYWORDS = List.of("$SPILLOVER", "SPILL", "SPILLOVER", "$SPILL");

    private final List<String> names;
    private final int[] indexes;
    private final double[] matrix;
    private final double[] inverse;

    private Spillover(List<String> names, int[] indexes, double[] matrix, double[] inverse) {
        this.names = List.copyOf(names);
        this.indexes = indexes;
        this.matrix = matrix;
        this.inverse = inverse;
    }

    /**
     * A compensation outcome.
     *
     * @param dataset the compensated dataset, or the input when there is nothing (usable) to apply
     * @param spillover the matrix applied, when one was
     * @param warnings why a matrix present in the file was not applied
     */
    public record Result(FcsDataset dataset, Optional<Spillover> spillover, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** Applies the dataset's own spillover matrix when it has a usable one. */
    public static Result compensate(FcsDataset dataset) {
        List<String> warnings = new ArrayList<>();
        Optional<Spillover> spillover = parse(dataset, warnings);
        return new Result(spillover.map(s -> s.apply(dataset)).orElse(dataset), spillover, warnings);
    }

    /**
     * The dataset's spillover matrix. Empty, with a warning, when the keyword is malformed, names parameters the
     * file does not have, or is singular; empty without a warning when there is no such keyword.
     */
    public static Optional<Spillover> parse(FcsDataset dataset, List<String> warnings) {
        for (String keyword : KEYWORDS) {
            Optional<String> text = dataset.keywords().text(keyword);
            if (text.isPresent()) {
                try {
                    return Optional.of(parse(dataset, text.get()));
                } catch (IllegalArgumentException e) {
                    warnings.add(keyword + " " + e.getMessage() + "; the data are not compensated");
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Spillover parse(FcsDataset dataset, String text) {
        String[] cells = Arrays.stream(text.split(",", -1)).map(String::strip).toArray(String[]::new);
        int n;
        try {
            n = Integer.parseInt(cells[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("does not start with the number of parameters ('" + cells[0] + "')", e);
        }
        if (n < 1 || n > dataset.parameterCount() || cells.length != 1 + n + n * n) {
            throw new IllegalArgumentException("has " + (cells.length - 1) + " entries after n = " + n + "; expected "
                    + n + " names and " + n * n + " matrix values");
        }
        List<String> names = List.of(cells).subList(1, 1 + n);
        int[] indexes = new int[n];
        for (int i = 0; i < n; i++) {
            indexes[i] = resolve(dataset, names.get(i));
            for (int j = 0; j < i; j++) {
                if (indexes[j] == indexes[i]) {
                    throw new IllegalArgumentException("names parameter '" + names.get(i) + "' twice");
                }
            }
        }
        double[] matrix = new double[n * n];
        for (int k = 0; k < n * n; k++) {
            try {
                matrix[k] = Double.parseDouble(cells[1 + n + k]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("has the value '" + cells[1 + n + k] + "', not a number", e);
            }
            if (!Double.isFinite(matrix[k])) {
                throw new IllegalArgumentException("has the value '" + cells[1 + n + k] + "', not a finite number");
            }
        }
        return new Spillover(names, indexes, matrix, SquareMatrices.invert(matrix, n));
    }

    private static int resolve(FcsDataset dataset, String name) {
        Optional<Integer> index = dataset.indexOf(name);
        if (index.isPresent()) {
            return index.get();
        }
        if (name.matches("\\d{1,5}")) {
            int number = Integer.parseInt(name);
            if (number >= 1 && number <= dataset.parameterCount()) {
                return number - 1;
            }
        }
        throw new IllegalArgumentException("names parameter '" + name + "', which the file does not have");
    }

    /** The parameter names as the keyword gives them. */
    public List<String> parameterNames() {
        return names;
    }

    /** Spillover from parameter {@code row} into parameter {@code column} (0-based, keyword order). */
    public double coefficient(int row, int column) {
        return matrix[row * names.size() + column];
    }

    /** True when the matrix is the identity (nothing to compensate). */
    public boolean isIdentity() {
        int n = names.size();
        for (int k = 0; k < n * n; k++) {
            if (matrix[k] != (k / n == k % n ? 1 : 0)) {
                return false;
            }
        }
        return true;
    }

    /** The compensated copy of a dataset whose parameters this matrix was read from. */
    public FcsDataset apply(FcsDataset dataset) {
        int n = names.size();
        int events = dataset.eventCount();
        float[][] columns = new float[dataset.parameterCount()][];
        for (int p = 0; p < columns.length; p++) {
            columns[p] = dataset.columnView(p);
        }
        if (isIdentity()) {
            return dataset.withColumns(columns, true);
        }
        float[][] in = new float[n][];
        float[][] out = new float[n][events];
        for (int i = 0; i < n; i++) {
            in[i] = dataset.columnView(indexes[i]);
        }
        double[] raw = new double[n];
        for (int e = 0; e < events; e++) {
            for (int i = 0; i < n; i++) {
                raw[i] = in[i][e];
            }
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += raw[i] * inverse[i * n + j];
                }
                out[j][e] = (float) sum;
            }
        }
        for (int i = 0; i < n; i++) {
            columns[indexes[i]] = out[i];
        }
        return dataset.withColumns(columns, true);
    }

    @Override
    public String toString() {
        return "Spillover" + names;
    }
}
