/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hillfit.io.ImportProblem;

/**
 * An FCS file as read: its datasets (usually one; {@code $NEXTDATA} chains more, as Beckman Coulter LMD files do)
 * and what the reader noticed on the way.
 *
 * @param file the file (or, for a zip entry, the archive path joined with the entry's name), for messages
 * @param datasets the datasets in file order; never empty
 * @param problems warnings: duplicate keywords, HEADER/TEXT offset disagreements, an unusable spillover matrix …
 */
public record FcsFile(Path file, List<FcsDataset> datasets, List<ImportProblem> problems) {

    public FcsFile {
        Objects.requireNonNull(file, "file");
        datasets = List.copyOf(datasets);
        problems = List.copyOf(problems);
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException("an FCS file has at least one dataset");
        }
    }

    /** The first dataset. */
    public FcsDataset first() {
        return datasets.get(0);
    }

    /**
     * The dataset to analyse: the one of the newest FCS version, the first of those on a tie. In an LMD file that
     * is the FCS 3.0 copy, which keeps the full resolution of the measurement.
     */
    public FcsDataset preferred() {
        return datasets.stream()
                .max(Comparator.comparing(FcsDataset::version).thenComparingInt(d -> -datasets.indexOf(d)))
                .orElseThrow();
    }
}
