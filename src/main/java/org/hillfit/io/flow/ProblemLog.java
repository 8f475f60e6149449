/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.SourceLocation;

/**
 * Collects the warnings of a plate's files, merging the ones every file repeats ("keyword $VOL appears more than
 * once" from 96 files is one warning naming the first file and the count).
 */
final class ProblemLog {
    private final Map<String, List<SourceLocation>> byMessage = new LinkedHashMap<>();
    private final List<ImportProblem> wellProblems = new ArrayList<>();

    /** A file-level warning that other files may repeat. */
    void fileWarning(SourceLocation where, String message) {
        byMessage.computeIfAbsent(message, m -> new ArrayList<>()).add(where);
    }

    /** A warning about one well, never merged. */
    void wellWarning(SourceLocation where, String message) {
        wellProblems.add(ImportProblem.warning(where, message));
    }

    /** Every warning: merged file warnings first, then well warnings. */
    List<ImportProblem> problems() {
        List<ImportProblem> problems = new ArrayList<>();
        byMessage.forEach((message, places) -> {
            String more = places.size() == 1 ? "" : " (and " + (places.size() - 1) + " more files)";
            problems.add(ImportProblem.warning(places.get(0), message + more));
        });
        problems.addAll(wellProblems);
        return problems;
    }
}
