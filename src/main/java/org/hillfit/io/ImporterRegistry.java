/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the importer for a file by content and reads it. Importers are ranked by their {@link
 * PlateImporter#probe} confidence, ties broken by registration order; when the best one fails, the next plausible
 * ones are tried and the first failure is kept as the cause.
 */
public final class ImporterRegistry {
    /** The {@code --format} value that asks for detection. */
    public static final String AUTO = "auto";

    private static final Logger LOGGER = LoggerFactory.getLogger(ImporterRegistry.class);

    private final List<PlateImporter> importers;

    public ImporterRegistry(List<PlateImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** The registry of every built-in importer. */
    public static ImporterRegistry builtIn() {
        return new ImporterRegistry(BuiltInImporters.all());
    }

    /** All importers in registration order. */
    public List<PlateImporter> importers() {
        return importers;
    }

    /** The importer with this id. */
    public Optional<PlateImporter> byId(String id) {
        return importers.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Rates the file with every importer. A probe that throws counts as 0 (and is a bug in that importer). */
    public Detection detect(ProbeSample sample) {
        List<Detection.Candidate> candidates = new ArrayList<>();
        for (PlateImporter importer : importers) {
            candidates.add(new Detection.Candidate(importer, safeProbe(importer, sample)));
        }
        List<Detection.Candidate> ranked = IntStream.range(0, candidates.size())
                .boxed()
                .sorted(Comparator.comparingDouble(
                                (Integer i) -> -candidates.get(i).confidence())
                        .thenComparingInt(i -> i))
                .map(candidates::get)
                .toList();
        return new Detection(ranked);
    }

    /**
     * Reads a file with the named importer, or by detection when {@code formatId} is {@value #AUTO}. Every plate
     * gets the {@link PlateMetadata#SOURCE_FILE} and {@link PlateMetadata#FORMAT} metadata. The input may be a
     * folder (a plate of FCS files): detection then sees a {@link ProbeSample} without bytes whose {@link
     * ProbeSample#entries()} lists the folder's files, and only importers that understand folders claim it.
     *
     * @throws ImportException when the file is missing, unknown, or every plausible importer fails
     */
    public ImportResult read(Path file, String formatId, ImportContext context) throws ImportException {
        SourceLocation where = SourceLocation.of(file);
        boolean folder = Files.isDirectory(file);
        if (!folder && !Files.isRegularFile(file)) {
            throw new ImportException(where, Files.exists(file) ? "not a regular file or folder" : "no such file");
        }
        if (!AUTO.equals(formatId)) {
            PlateImporter importer = byId(formatId)
                    .orElseThrow(() ->
                            new ImportException(where, "unknown format '" + formatId + "'; known formats: " + ids()));
            return readWith(importer, file, context);
        }
        ProbeSample sample;
        try {
            sample = ProbeSample.of(file);
        } catch (IOException e) {
            throw new ImportException(where, "cannot read the file (" + e.getMessage() + ")", e);
        }
        if (folder ? sample.entries().isEmpty() : sample.size() == 0) {
            throw new ImportException(where, folder ? "the folder has no files" : "the file is empty");
        }
        Detection detection = detect(sample);
        List<Detection.Candidate> tries = detection.plausible();
        if (tries.isEmpty()) {
            throw unrecognised(where, sample, detection);
        }
        ImportException first = null;
        boolean refusedByACertainImporter = false;
        for (Detection.Candidate candidate : tries) {
            if (refusedByACertainImporter && candidate.confidence() < Detection.CERTAIN) {
                break; // a vendor importer sure of its format said what is wrong: report that, not a generic guess
            }
            context.cancellation().throwIfCancelled();
            try {
                return readWith(candidate.importer(), file, context);
            } catch (UnexpectedImporterFailure e) {
                first = first == null ? e : first; // an importer bug: let the next plausible importer try
            } catch (ImportException e) {
                first = first == null ? e : first;
                refusedByACertainImporter |= candidate.confidence() >= Detection.CERTAIN;
            }
        }
        throw first;
    }

    /**
     * Reads with one importer. An unchecked exception from it is a bug in that importer, not the user's fault, but
     * it still becomes one {@link ImportException} naming the file (the stack trace stays in the cause, for
     * {@code --debug} and the DEBUG log), so fall-back importers are tried and the user gets one line.
     */
    private static ImportResult readWith(PlateImporter importer, Path file, ImportContext context)
            throws ImportException {
        try {
            return stamp(importer, importer.read(file, context), file);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            LOGGER.debug("importer {} failed on {}", importer.id(), file, e);
            throw new UnexpectedImporterFailure(
                    SourceLocation.of(file),
                    "the " + importer.displayName() + " importer failed unexpectedly ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); please report this with the file",
                    e);
        }
    }

    /** Why no importer was tried: the workbook could not be opened, or nothing claimed the file. */
    private ImportException unrecognised(SourceLocation where, ProbeSample sample, Detection detection) {
        return sample.workbookFailure()
                .orElseGet(() -> new ImportException(
                        where,
                        "not a plate export Hillfit recognises (" + detection.summary()
                                + "); name the format with --format, one of: " + ids()));
    }

    private String ids() {
        return importers.stream().map(PlateImporter::id).collect(Collectors.joining(", "));
    }

    private static ImportResult stamp(PlateImporter importer, ImportResult result, Path file) throws ImportException {
        if (result.plates().isEmpty()) {
            throw new ImportException(
                    SourceLocation.of(file), "no plate data found by the " + importer.displayName() + " importer");
        }
        List<Plate> plates = result.plates().stream()
                .map(p -> p.withMetadata(PlateMetadata.SOURCE_FILE, file.toString())
                        .withMetadata(PlateMetadata.FORMAT, importer.id()))
                .toList();
        return new ImportResult(plates, result.problems());
    }

    private static double safeProbe(PlateImporter importer, ProbeSample sample) {
        try {
            double confidence = importer.probe(sample);
            return Double.isFinite(confidence) ? Math.max(0, Math.min(1, confidence)) : 0;
        } catch (RuntimeException | StackOverflowError e) {
            return 0; // boundary: a probe must never throw; ImporterContractTest catches the culprit
        }
    }

    /** An importer threw something other than an {@link ImportException}: a bug in it, not a verdict on the file. */
    private static final class UnexpectedImporterFailure extends ImportException {
        private static final long serialVersionUID = 1L;

        UnexpectedImporterFailure(SourceLocation location, String problem, Throwable cause) {
            super(location, problem, cause);
        }
    }
}
