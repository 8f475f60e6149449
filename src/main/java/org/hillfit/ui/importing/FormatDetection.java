/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.io.Detection;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.ProbeSample;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;

/**
 * Detects the format of each file before import, as the registry will (its {@link ImporterRegistry#detect} ranking):
 * the formats to offer, best first, and a summary in words ({@link DetectionWords}) with the numbers for a tooltip.
 */
public final class FormatDetection {

    /**
     * What was found for one file.
     *
     * @param options "Detect automatically", then every importer, those that claimed the file first
     * @param summary the importer detection picks in words, "PerkinElmer EnVision — recognised", or why nothing was
     *     recognised
     * @param details every importer's confidence, for the tooltip
     * @param recognised true when detection would pick an importer
     */
    public record Result(List<FormatOption> options, String summary, String details, boolean recognised) {
        public Result {
            options = List.copyOf(options);
        }
    }

    private final ImporterRegistry registry;

    public FormatDetection(ImporterRegistry registry) {
        this.registry = registry;
    }

    /** Detects every file (a background job: it reads the first bytes of each). */
    public Map<Path, Result> detect(List<Path> files, ProgressSink progress, CancellationToken token) {
        Map<Path, Result> results = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            token.throwIfCancelled();
            progress.report("Recognising " + files.get(i).getFileName(), i, files.size());
            results.put(files.get(i), detect(files.get(i)));
        }
        return results;
    }

    /** Detects one file. */
    public Result detect(Path file) {
        ProbeSample sample;
        try {
            sample = ProbeSample.of(file);
        } catch (IOException e) {
            String why = "Cannot be read (" + e.getMessage() + ")";
            return new Result(List.of(ImportFileRow.AUTO), why, why, false);
        }
        Detection detection = registry.detect(sample);
        List<FormatOption> options = new ArrayList<>(List.of(ImportFileRow.AUTO));
        for (Detection.Candidate c : detection.ranking()) {
            options.add(new FormatOption(c.importer().id(), DetectionWords.option(c)));
        }
        String details = DetectionWords.tooltip(detection);
        List<Detection.Candidate> plausible = detection.plausible();
        if (plausible.isEmpty()) {
            return new Result(options, DetectionWords.notRecognised(detection), details, false);
        }
        return new Result(options, DetectionWords.summary(plausible.get(0)), details, true);
    }
}
