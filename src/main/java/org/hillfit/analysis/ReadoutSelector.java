/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;
import org.hillfit.plate.WellRole;

/** Computes a plate's readout channel from its raw channels, as a {@link ReadoutSpec} asks. */
public final class ReadoutSelector {
    /** Name of the computed TR-FRET ratio channel. */
    public static final String RATIO_CHANNEL = "Ratio 665/620";

    private ReadoutSelector() {}

    /**
     * Selects or computes the readout.
     *
     * @throws ReadoutException when the plate lacks the channels the spec needs, naming what it has
     */
    public static Readout select(Plate plate, PlateLayout layout, ReadoutSpec spec) throws ReadoutException {
        if (spec.channelQuery().isPresent()) {
            Channel channel = byQuery(plate, spec.channelQuery().get());
            return new Readout(channel, "channel '" + channel.name() + "'");
        }
        Optional<TrFretChannels> fret = TrFretChannels.find(plate);
        return switch (spec.kind()) {
            case AUTO -> auto(plate, fret);
            case RATIO -> ratio(fret.orElseThrow(() -> missingFret(plate)));
            case ACCEPTOR -> {
                Channel acceptor = fret.orElseThrow(() -> missingFret(plate)).acceptor();
                yield new Readout(acceptor, "acceptor channel '" + acceptor.name() + "'");
            }
            case DONOR -> {
                Channel donor = fret.orElseThrow(() -> missingFret(plate)).donor();
                yield new Readout(donor, "donor channel '" + donor.name() + "'");
            }
            case DELTA_F -> deltaF(plate, layout, ratio(fret.orElseThrow(() -> missingFret(plate))));
            case MFI, PCT_POSITIVE -> {
                Channel channel = byQuery(plate, spec.kind() == ReadoutKind.MFI ? "median" : "positive");
                yield new Readout(channel, "channel '" + channel.name() + "'");
            }
        };
    }

    private static Readout auto(Plate plate, Optional<TrFretChannels> fret) throws ReadoutException {
        if (fret.isPresent()) {
            return ratio(fret.get());
        }
        List<Channel> flowMedians = plate.channels().stream()
                .filter(c -> c.info().kind() == ChannelKind.DERIVED && c.name().endsWith(" median"))
                .toList();
        if (flowMedians.size() == 1) {
            Channel median = flowMedians.get(0);
            return new Readout(median, "the flow median channel '" + median.name() + "' (MFI)");
        }
        Optional<Channel> calculated = plate.channels().stream()
                .filter(c -> c.info().kind() == ChannelKind.CALCULATED)
                .findFirst();
        if (calculated.isPresent()) {
            return new Readout(
                    calculated.get(),
                    "the reader's calculated channel '" + calculated.get().name() + "'");
        }
        List<Channel> medianColumns = plate.channels().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains("median"))
                .toList();
        if (medianColumns.size() == 1) { // a FlowJo table's one median statistic: the flow readout (MFI)
            Channel median = medianColumns.get(0);
            return new Readout(median, "the only median column '" + median.name() + "' (MFI)");
        }
        if (plate.channels().size() == 1) {
            Channel only = plate.channels().get(0);
            return new Readout(only, "the only channel, '" + only.name() + "'");
        }
        throw new ReadoutException("plate '" + plate.name() + "' has channels " + plate.channelNames()
                + " and none is recognisable as a TR-FRET acceptor/donor pair; name the channel to use"
                + " (on the command line: --readout <channel>)");
    }

    /** acceptor / donor × 10,000; a marker in either channel carries over, a zero donor makes the well invalid. */
    static Readout ratio(TrFretChannels fret) {
        PlateFormat format = fret.acceptor().format();
        double[] values = new double[format.wellCount()];
        Map<WellId, WellMarker> markers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            WellId well = format.wellAt(i);
            double a = fret.acceptor().valueAt(well);
            double d = fret.donor().valueAt(well);
            values[i] = Double.NaN;
            Optional<WellMarker> marker =
                    fret.acceptor().marker(well).or(() -> fret.donor().marker(well));
            if (marker.isPresent()) {
                markers.put(well, marker.get());
            } else if (!Double.isNaN(a) && !Double.isNaN(d)) {
                if (d == 0) {
                    markers.put(well, new WellMarker(WellFlag.INVALID, "donor 0"));
                } else {
                    values[i] = a / d * 10_000;
                }
            }
        }
        ChannelInfo info = new ChannelInfo(
                ChannelKind.DERIVED,
                Map.of(
                        ChannelInfo.KEY_FORMULA,
                        "'" + fret.acceptor().name() + "' / '" + fret.donor().name() + "' × 10000"));
        Channel channel = new Channel(RATIO_CHANNEL, info, format, values, markers);
        return new Readout(
                channel,
                "ratio acceptor/donor × 10,000 from channels '"
                        + fret.acceptor().name() + "' and '" + fret.donor().name() + "'");
    }

    /** ΔF% = (ratio − R0) / R0 × 100 with R0 the median ratio of the layout's blank (acceptor-free) wells. */
    static Readout deltaF(Plate plate, PlateLayout layout, Readout ratio) throws ReadoutException {
        Channel r = ratio.channel();
        double[] blanks = layout.wellsWithRole(WellRole.BLANK).stream()
                .filter(w -> r.format().contains(w))
                .mapToDouble(r::valueAt)
                .filter(v -> !Double.isNaN(v))
                .toArray();
        if (blanks.length == 0) {
            throw new ReadoutException("plate '" + plate.name() + "': ΔF% needs blank (negative-control) wells in the"
                    + " layout; none has a ratio");
        }
        double r0 = Statistics.median(blanks);
        double[] values = r.values();
        for (int i = 0; i < values.length; i++) {
            values[i] = (values[i] - r0) / r0 * 100;
        }
        Channel channel = new Channel(
                "ΔF%",
                r.info().with(ChannelInfo.KEY_FORMULA, "(ratio − R0) / R0 × 100, R0 = " + r0),
                r.format(),
                values,
                r.markers());
        return new Readout(
                channel, "ΔF% against the median blank ratio " + Statistics.format(r0) + ", " + ratio.description());
    }

    private static Channel byQuery(Plate plate, String query) throws ReadoutException {
        Optional<Channel> exact = plate.channel(query);
        if (exact.isPresent()) {
            return exact.get();
        }
        String q = query.toLowerCase(Locale.ROOT);
        List<Channel> matches = plate.channels().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(q))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new ReadoutException("plate '" + plate.name() + "': " + (matches.isEmpty() ? "no" : matches.size())
                + " channels match '" + query + "'; channels are " + plate.channelNames());
    }

    private static ReadoutException missingFret(Plate plate) {
        return new ReadoutException("plate '" + plate.name() + "' has no recognisable TR-FRET acceptor (665 nm) and"
                + " donor (615/620 nm) channels; its channels are " + plate.channelNames());
    }
}
