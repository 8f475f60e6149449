/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hillfit.io.SourceLocation;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;

/**
 * Builds the plate of per-well statistics: events, gated events, and per readout the median, mean and % positive
 * above the threshold set on the negative-control wells. Wells with too few gated events get LOW_EVENTS markers on
 * the readout statistics; unreadable wells get UNREADABLE markers on every channel.
 */
final class FlowPlateAssembler {
    private final FlowImportOptions options;
    private final FlowReadouts readouts;
    private final List<Gate> gates;
    private final ProblemLog log;
    private final SourceLocation where;

    FlowPlateAssembler(
            FlowImportOptions options, FlowReadouts readouts, List<Gate> gates, ProblemLog log, SourceLocation where) {
        this.options = options;
        this.readouts = readouts;
        this.gates = List.copyOf(gates);
        this.log = log;
        this.where = where;
    }

    /**
     * A threshold and where it came from.
     *
     * @param value events above it are positive
     * @param wells control wells pooled
     * @param events control events pooled
     */
    record Threshold(double value, int wells, int events) {}

    Plate build(
            String name,
            List<FlowWells.Measurement> measured,
            Map<WellId, String> unreadable,
            FcsDataset reference,
            String files) {
        List<Optional<Threshold>> thresholds = new ArrayList<>();
        for (int r = 0; r < readouts.names().size(); r++) {
            thresholds.add(threshold(measured, r));
        }
        PlateBuilder plate = new PlateBuilder(name);
        List<String> channels = declareChannels(plate, thresholds);
        for (FlowWells.Measurement m : measured) {
            put(plate, m, thresholds);
        }
        unreadable.forEach((well, problem) -> {
            WellMarker marker = new WellMarker(WellFlag.UNREADABLE, shorten(problem));
            channels.forEach(c -> plate.channel(c).marker(well, marker));
        });
        metadata(plate, reference, thresholds, files);
        return plate.build();
    }

    private List<String> declareChannels(PlateBuilder plate, List<Optional<Threshold>> thresholds) {
        String gateNames =
                gates.isEmpty() ? "no gate" : gates.stream().map(Gate::name).collect(Collectors.joining(" → "));
        List<String> names = new ArrayList<>();
        declare(plate, names, FlowChannels.EVENTS, FlowChannels.EVENTS, "$TOT");
        declare(plate, names, FlowChannels.GATED_EVENTS, FlowChannels.GATED_EVENTS, "events in " + gateNames);
        for (int r = 0; r < readouts.labels().size(); r++) {
            String label = readouts.labels().get(r);
            String of = readouts.descriptions().get(r) + " in " + gateNames;
            declare(plate, names, label + FlowChannels.MEDIAN, label, "median of " + of);
            declare(plate, names, label + FlowChannels.MEAN, label, "mean of " + of);
            if (thresholds.get(r).isPresent()) {
                declare(
                        plate,
                        names,
                        label + FlowChannels.PERCENT_POSITIVE,
                        label,
                        "% of " + of + " above "
                                + GateText.number(thresholds.get(r).get().value()));
            }
        }
        return names;
    }

    private static void declare(PlateBuilder plate, List<String> names, String channel, String label, String formula) {
        plate.channel(channel)
                .info(new ChannelInfo(
                        ChannelKind.DERIVED, Map.of(ChannelInfo.KEY_LABEL, label, ChannelInfo.KEY_FORMULA, formula)));
        names.add(channel);
    }

    private void put(PlateBuilder plate, FlowWells.Measurement m, List<Optional<Threshold>> thresholds) {
        plate.channel(FlowChannels.EVENTS).value(m.well(), m.events());
        plate.channel(FlowChannels.GATED_EVENTS).value(m.well(), m.gated());
        boolean low = m.gated() < options.minimumEvents();
        WellMarker lowEvents =
                new WellMarker(WellFlag.LOW_EVENTS, m.gated() + " events in gate (< " + options.minimumEvents() + ")");
        for (int r = 0; r < readouts.labels().size(); r++) {
            String label = readouts.labels().get(r);
            float[] values = m.readouts()[r];
            put(plate, label + FlowChannels.MEDIAN, m.well(), low, lowEvents, FlowStatistics.median(values));
            put(plate, label + FlowChannels.MEAN, m.well(), low, lowEvents, FlowStatistics.mean(values));
            if (thresholds.get(r).isPresent()) {
                double above = FlowStatistics.countAbove(
                        values, thresholds.get(r).get().value());
                put(
                        plate,
                        label + FlowChannels.PERCENT_POSITIVE,
                        m.well(),
                        low,
                        lowEvents,
                        100 * above / values.length);
            }
        }
    }

    private static void put(PlateBuilder plate, String channel, WellId well, boolean low, WellMarker marker, double v) {
        if (low) {
            plate.channel(channel).marker(well, marker);
        } else {
            plate.channel(channel).value(well, v);
        }
    }

    /** The pooled percentile of the usable negative-control wells' gated readout values. */
    private Optional<Threshold> threshold(List<FlowWells.Measurement> measured, int readout) {
        if (options.negativeControls().isEmpty()) {
            return Optional.empty();
        }
        List<float[]> pooled = new ArrayList<>();
        int events = 0;
        for (FlowWells.Measurement m : measured) {
            if (options.negativeControls().contains(m.well()) && m.gated() >= options.minimumEvents()) {
                pooled.add(m.readouts()[readout]);
                events += m.gated();
            }
        }
        if (pooled.isEmpty()) {
            log.fileWarning(
                    where,
                    readouts.labels().get(readout) + ": none of the negative-control wells "
                            + options.negativeControls() + " has " + options.minimumEvents()
                            + " gated events; % positive is not computed");
            return Optional.empty();
        }
        float[] all = new float[events];
        int k = 0;
        for (float[] values : pooled) {
            System.arraycopy(values, 0, all, k, values.length);
            k += values.length;
        }
        java.util.Arrays.sort(all);
        return Optional.of(
                new Threshold(FlowStatistics.quantile(all, options.positivePercentile() / 100), pooled.size(), events));
    }

    private void metadata(
            PlateBuilder plate, FcsDataset reference, List<Optional<Threshold>> thresholds, String files) {
        reference.keywords().text("$CYT").ifPresent(v -> plate.metadata(PlateMetadata.INSTRUMENT, v));
        reference.keywords().text("CREATOR").ifPresent(v -> plate.metadata(PlateMetadata.SOFTWARE, v));
        reference
                .keywords()
                .text("$DATE")
                .ifPresent(d -> plate.metadata(
                        PlateMetadata.MEASURED_AT,
                        d + reference.keywords().text("$BTIM").map(t -> " " + t).orElse("")));
        plate.metadata(PlateMetadata.READ_MODE, "flow cytometry (" + reference.version() + ")");
        plate.metadata(FlowChannels.META_FILES, files);
        plate.metadata(
                FlowChannels.META_GATES,
                gates.isEmpty()
                        ? "none (every event)"
                        : gates.stream().map(Gate::describe).collect(Collectors.joining("; ")));
        plate.metadata(
                FlowChannels.META_READOUT,
                String.join(", ", readouts.descriptions())
                        + (reference.isCompensated()
                                ? ", compensated with the files' spillover matrix"
                                : ", uncompensated"));
        List<String> described = new ArrayList<>();
        for (int r = 0; r < thresholds.size(); r++) {
            String label = readouts.labels().get(r);
            thresholds
                    .get(r)
                    .ifPresent(t -> described.add(String.format(
                            Locale.ROOT,
                            "%s > %s (%s percentile of %d negative-control wells, %d events)",
                            label,
                            GateText.number(t.value()),
                            ordinal(options.positivePercentile()),
                            t.wells(),
                            t.events())));
        }
        plate.metadata(
                FlowChannels.META_THRESHOLD,
                described.isEmpty() ? "none (no negative-control wells)" : String.join("; ", described));
    }

    private static String ordinal(double percentile) {
        String n = GateText.number(percentile);
        return n
                + (n.endsWith("1") && !n.endsWith("11")
                        ? "st"
                        : n.endsWith("2") && !n.endsWith("12")
                                ? "nd"
                                : n.endsWith("3") && !n.endsWith("13") ? "rd" : "th");
    }

    private static String shorten(String problem) {
        return problem.length() <= 120 ? problem : problem.substring(0, 117) + "…";
    }
}
