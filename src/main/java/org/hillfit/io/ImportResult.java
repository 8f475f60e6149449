/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.util.List;
import org.hillfit.plate.Plate;

/**
 * What an importer read from one file.
 *
 * @param plates the plates, in file order; never empty for a successful import
 * @param problems what was noticed on the way
 */
public record ImportResult(List<Plate> plates, List<ImportProblem> problems) {
    public ImportResult {
        plates = List.copyOf(plates);
        problems = List.copyOf(problems);
    }

    /** Plates without problems. */
    public static ImportResult of(List<Plate> plates) {
        return new ImportResult(plates, List.of());
    }
}
