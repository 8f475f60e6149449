/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportResult;
import org.hillfit.io.SourceLocation;
import org.hillfit.plate.WellId;

/**
 * Turns a plate's FCS files into one plate of per-well statistics, in two passes so that only one file's events are
 * in memory at a time: the first finds each file's well, checks for duplicates, chooses the readout parameters and
 * pools a subset of scatter values for the automatic gates; the second gates every well and keeps its readout
 * values. One unreadable file never stops the plate: its well is marked {@link
 * org.hillfit.plate.WellFlag#UNREADABLE}.
 */
final class FlowPlateReader {
    private static final int POOLED_EVENTS = 200_000;

    private final FcsPlateInputs inputs;
    private final ImportContext context;
    private final FlowImportOptions options;
    private final ProblemLog log = new ProblemLog();
    private final Map<WellId, String> claimed = new HashMap<>();
    private final List<FlowWells.Source> sources = new ArrayList<>();
    private final Map<WellId, String> unreadable = new TreeMap<>();
    private FcsDataset reference;
    private FlowReadouts readouts;
    private GatingSample sample;
    private int ignored;

    FlowPlateReader(FcsPlateInputs inputs, ImportContext context) {
        this.inputs = inputs;
        this.context = context;
        this.options = context.flow();
    }

    ImportResult read() throws ImportException {
        if (inputs.files().isEmpty()) {
            throw new ImportException(
                    SourceLocation.of(inputs.root()),
                    "no FCS files (*.fcs, *.lmd) found"
                            + (inputs.skipped().isEmpty() ? "" : "; the other files are " + inputs.skipped()));
        }
        for (FcsPlateInputs.Input input : inputs.files()) {
            context.cancellation().throwIfCancelled();
            survey(input);
        }
        if (reference == null) {
            throw new ImportException(
                    SourceLocation.of(inputs.root()),
                    "none of the " + inputs.files().size()
                            + " FCS files could be read with a known well; see the warnings: " + log.problems());
        }
        List<String> notes = new ArrayList<>();
        List<Gate> gates = options.gates().isEmpty() ? AutoGating.derive(sample, notes) : options.gates();
        notes.forEach(n -> log.fileWarning(SourceLocation.of(inputs.root()), n));
        List<FlowWells.Measurement> measured = new ArrayList<>();
        for (FlowWells.Source source : sources) {
            context.cancellation().throwIfCancelled();
            measure(source, gates).ifPresent(measured::add);
        }
        List<WellId> missing = options.negativeControls().stream()
                .filter(w -> !claimed.containsKey(w))
                .toList();
        if (!missing.isEmpty()) {
            log.fileWarning(
                    SourceLocation.of(inputs.root()),
                    "the negative-control wells " + missing + " of the layout have no FCS file");
        }
        FlowPlateAssembler assembler =
                new FlowPlateAssembler(options, readouts, gates, log, SourceLocation.of(inputs.root()));
        return new ImportResult(
                List.of(assembler.build(plateName(), measured, unreadable, reference, describeFiles())),
                log.problems());
    }

    private void survey(FcsPlateInputs.Input input) throws ImportException {
        SourceLocation where = SourceLocation.of(input.displayPath());
        FcsDataset dataset;
        try {
            dataset = load(input, true);
        } catch (ImportException e) {
            if (inputs.isOverBudget() || inputs.files().size() == 1) {
                throw e; // a lone file is the plate: its own reason, not "none of 1 files could be read"
            }
            markUnreadable(input, e.problem());
            return;
        }
        Optional<WellLocator.Located> located = WellLocator.locate(dataset.keywords(), input.name());
        if (located.isEmpty()) {
            ignored++;
            log.wellWarning(
                    where,
                    "cannot tell which well this file is: no $WELLID, WELL ID or $LOCATIONID keyword"
                            + " and no well ID in $SRC, TUBE NAME, $SMNO, $FIL or the file name; the file is ignored");
            return;
        }
        WellId well = located.get().well();
        claim(well, input);
        if (reference == null) {
            start(dataset, where);
        }
        Optional<String> missing = missingParameter(dataset);
        if (missing.isPresent()) {
            unreadable.put(well, "lacks parameter " + missing.get());
            log.wellWarning(
                    where.withWell(well.label()),
                    "the file has no parameter '" + missing.get() + "', which the plate's other files have; well "
                            + well + " is marked unreadable");
            return;
        }
        if (sample != null) {
            sample.add(dataset);
        }
        sources.add(new FlowWells.Source(well, input));
    }

    private void start(FcsDataset dataset, SourceLocation where) throws ImportException {
        reference = dataset;
        try {
            readouts = FlowReadouts.choose(dataset, options.readoutChannel());
        } catch (IllegalArgumentException e) {
            throw new ImportException(where, e.getMessage(), e);
        }
        if (options.gates().isEmpty()) {
            int wells = Math.max(1, inputs.files().size());
            sample = new GatingSample(ScatterParameters.find(dataset), Math.max(500, POOLED_EVENTS / wells));
        }
    }

    private Optional<String> missingParameter(FcsDataset dataset) {
        List<String> needed = new ArrayList<>(readouts.names());
        options.gates().forEach(g -> needed.addAll(List.of(g.xParameter(), g.yParameter())));
        if (sample != null) {
            ScatterParameters s = sample.scatter();
            s.forward().ifPresent(needed::add);
            s.side().ifPresent(needed::add);
            s.forwardHeight().ifPresent(needed::add);
        }
        return needed.stream().filter(n -> dataset.indexOf(n).isEmpty()).findFirst();
    }

    private Optional<FlowWells.Measurement> measure(FlowWells.Source source, List<Gate> gates) throws ImportException {
        FcsDataset dataset;
        boolean[] inside;
        try {
            dataset = load(source.input(), false);
            inside = Gating.apply(dataset, gates);
        } catch (ImportException e) {
            if (inputs.isOverBudget() || inputs.files().size() == 1) {
                throw e; // a lone file is the plate: its own reason, not "none of 1 files could be read"
            }
            return unreadableOnSecondRead(source, e.problem());
        } catch (IllegalArgumentException e) {
            return unreadableOnSecondRead(source, e.getMessage());
        }
        int gated = Gating.count(inside);
        float[][] values = new float[readouts.names().size()][];
        for (int r = 0; r < values.length; r++) {
            int parameter = dataset.indexOf(readouts.names().get(r)).orElseThrow();
            values[r] = Gating.sortedInside(dataset, parameter, inside, gated);
        }
        return Optional.of(new FlowWells.Measurement(source.well(), dataset.eventCount(), gated, values));
    }

    private Optional<FlowWells.Measurement> unreadableOnSecondRead(FlowWells.Source source, String problem) {
        unreadable.put(source.well(), problem);
        log.wellWarning(
                SourceLocation.of(source.input().displayPath())
                        .withWell(source.well().label()),
                problem + "; well " + source.well() + " is marked unreadable");
        return Optional.empty();
    }

    private FcsDataset load(FcsPlateInputs.Input input, boolean report) throws ImportException {
        FcsFile file = inputs.read(input);
        Spillover.Result compensated = Spillover.compensate(file.preferred());
        if (report) {
            file.problems().forEach(p -> log.fileWarning(p.location(), p.message()));
            compensated.warnings().forEach(w -> log.fileWarning(SourceLocation.of(input.displayPath()), w));
        }
        return compensated.dataset();
    }

    private void markUnreadable(FcsPlateInputs.Input input, String problem) throws ImportException {
        SourceLocation where = SourceLocation.of(input.displayPath());
        Optional<WellLocator.Located> located = WellLocator.inFileName(input.name());
        if (located.isEmpty()) {
            ignored++;
            log.wellWarning(where, "cannot read the file (" + problem + ") and its name gives no well; it is ignored");
            return;
        }
        WellId well = located.get().well();
        claim(well, input);
        unreadable.put(well, problem);
        log.wellWarning(
                where.withWell(well.label()),
                "cannot read the file (" + problem + "); well " + well + " is marked unreadable");
    }

    private void claim(WellId well, FcsPlateInputs.Input input) throws ImportException {
        String previous = claimed.putIfAbsent(well, input.name());
        if (previous != null) {
            throw new ImportException(
                    SourceLocation.of(input.displayPath()).withWell(well.label()),
                    "well " + well + " has two files: " + previous + " and " + input.name()
                            + "; remove one or fix its well keyword");
        }
    }

    private String plateName() {
        for (String keyword : List.of("$PLATENAME", "PLATE NAME", "PLATENAME")) {
            Optional<String> name = reference.keywords().text(keyword);
            if (name.isPresent()) {
                return name.get();
            }
        }
        return inputs.defaultPlateName();
    }

    private String describeFiles() {
        return inputs.files().size() + " FCS files: " + sources.size() + " analysed, " + unreadable.size()
                + " unreadable, " + ignored + " without a well";
    }
}
