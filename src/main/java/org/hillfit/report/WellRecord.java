/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hillfit.analysis.NormalizedPlate;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;
import org.hillfit.plate.WellRole;
import org.hillfit.result.PlateResult;

/**
 * One analysed well, as the Data sheet and the wells CSV show it.
 *
 * @param assay the assay
 * @param plate the plate name
 * @param well the well
 * @param role the layout role
 * @param compound the compound, "" for none
 * @param concentration the dose in the report's unit; NaN for none
 * @param raw per channel name (all plates' channels, in order): the number, or NaN
 * @param rawMarkers per channel name: the instrument's marker text when the well has one instead of a number
 * @param readout the readout value; NaN when the well has none
 * @param percentInhibition % inhibition against the plate's controls; NaN without a readout
 * @param mask why the well is masked, in words; "" when it is not
 * @param flags instrument flags in words; "" for none
 */
record WellRecord(
        String assay,
        String plate,
        WellId well,
        WellRole role,
        String compound,
        double concentration,
        List<Double> raw,
        List<String> rawMarkers,
        double readout,
        double percentInhibition,
        String mask,
        String flags) {

    WellRecord {
        raw = List.copyOf(raw);
        rawMarkers = List.copyOf(rawMarkers);
    }

    /** Channel names of all plates, in first-appearance order. */
    static List<String> channels(List<PlateResult> plates) {
        Set<String> names = new LinkedHashSet<>();
        plates.forEach(p -> names.addAll(p.plate().channelNames()));
        return List.copyOf(names);
    }

    /** Every well of the plate's layout that is not empty, in plate order. */
    static void forEach(PlateResult plate, List<String> channels, ConcentrationUnit unit, Consumer<WellRecord> sink) {
        NormalizedPlate normalized = plate.normalized();
        Map<WellId, List<WellMarker>> markers = plate.plate().markersByWell();
        for (Map.Entry<WellId, WellContent> e : normalized.layout().wells().entrySet()) {
            WellId well = e.getKey();
            WellContent content = e.getValue();
            if (content.role() == WellRole.EMPTY || !plate.plate().format().contains(well)) {
                continue;
            }
            List<Double> raw = new ArrayList<>(channels.size());
            List<String> rawMarkers = new ArrayList<>(channels.size());
            for (String name : channels) {
                Optional<Channel> channel = plate.plate().channel(name);
                raw.add(channel.map(ch -> ch.valueAt(well)).orElse(Double.NaN));
                rawMarkers.add(channel.flatMap(ch -> ch.marker(well))
                        .map(m -> m.text().isEmpty() ? m.flag().slug() : m.text())
                        .orElse(""));
            }
            sink.accept(new WellRecord(
                    plate.assay(),
                    plate.plate().name(),
                    well,
                    content.role(),
                    content.compound().orElse(""),
                    content.concentration().map(c -> c.in(unit).value()).orElse(Double.NaN),
                    raw,
                    rawMarkers,
                    normalized.readout().channel().valueAt(well),
                    normalized.percentInhibition(well),
                    normalized.mask(well).map(FlagText::maskReason).orElse(""),
                    flags(markers.getOrDefault(well, List.of()))));
        }
    }

    private static String flags(List<WellMarker> markers) {
        List<String> words = new ArrayList<>();
        for (WellMarker m : markers) {
            String word = FlagText.describe(m.flag().slug());
            words.add(m.text().isEmpty() ? word : word + " (" + m.text() + ")");
        }
        return String.join("; ", words);
    }
}
