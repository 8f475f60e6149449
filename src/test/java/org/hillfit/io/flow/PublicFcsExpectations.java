/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference numbers of {@code public-fcs/expected-values.csv}, computed with numpy by {@code
 * expected_values.py} next to it (see its docstring), grouped by file and dataset.
 */
final class PublicFcsExpectations {

    /** One expected value. */
    record Value(String event, int parameter, double value, boolean compensated) {}

    /** What is expected of one dataset. */
    record Dataset(String file, int index, int tot, int par, List<String> names, List<Value> values) {}

    private PublicFcsExpectations() {}

    static List<Dataset> all() {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        try (InputStream in = PublicFcsExpectations.class.getResourceAsStream("public-fcs/expected-values.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().skip(1).forEach(line -> {
                String[] cells = line.split(",", -1);
                rows.computeIfAbsent(cells[0] + "#" + cells[1], k -> new ArrayList<>())
                        .add(cells);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Dataset> datasets = new ArrayList<>();
        rows.forEach((key, cells) -> datasets.add(dataset(cells)));
        return datasets;
    }

    private static Dataset dataset(List<String[]> rows) {
        String[] first = rows.get(0);
        List<String> names = List.of(first[5].split("\\|"));
        List<Value> values = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            values.add(new Value(row[4], Integer.parseInt(row[5]), Double.parseDouble(row[6]), row[7].equals("1")));
        }
        return new Dataset(
                first[0],
                Integer.parseInt(first[1]),
                Integer.parseInt(first[2]),
                Integer.parseInt(first[3]),
                names,
                values);
    }
}
