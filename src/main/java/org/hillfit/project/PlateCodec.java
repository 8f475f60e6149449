/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;
import org.hillfit.plate.WellRole;

/** Plates and layouts to and from their project-file form. Values are written exactly (shortest round-trip form). */
final class PlateCodec {
    private PlateCodec() {}

    static List<ProjectDocument.ChannelEntry> channels(Plate plate) {
        List<ProjectDocument.ChannelEntry> entries = new ArrayList<>();
        for (Channel channel : plate.channels()) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (WellId well : plate.format().wells()) {
                double v = channel.valueAt(well);
                if (!Double.isNaN(v)) {
                    values.put(well.label(), v);
                }
            }
            Map<String, ProjectDocument.Marker> markers = new LinkedHashMap<>();
            channel.markers()
                    .forEach((well, m) -> markers.put(
                            well.label(), new ProjectDocument.Marker(JsonFields.slugOf(m.flag()), m.text())));
            entries.add(new ProjectDocument.ChannelEntry(
                    channel.name(),
                    JsonFields.slugOf(channel.info().kind()),
                    new TreeMap<>(channel.info().attributes()),
                    values,
                    markers));
        }
        return entries;
    }

    /** The plate a document describes; {@code path} names it in errors. */
    static Plate plate(ProjectDocument.PlateEntry entry, String path) {
        PlateFormat format = PlateFormat.ofWellCount(entry.wells()).orElseThrow();
        List<Channel> channels = new ArrayList<>();
        for (int c = 0; c < entry.channels().size(); c++) {
            ProjectDocument.ChannelEntry ce = entry.channels().get(c);
            String at = path + ".channels[" + c + "]";
            double[] values = new double[format.wellCount()];
            java.util.Arrays.fill(values, Double.NaN);
            ce.values().forEach((well, v) -> values[index(format, well, at + ".values")] = finite(v, at, well));
            Map<WellId, WellMarker> markers = new TreeMap<>();
            ce.markers().forEach((well, m) -> {
                index(format, well, at + ".markers");
                markers.put(
                        WellId.parse(well),
                        new WellMarker(JsonFields.slug(m.flag(), WellFlag.class, "flag"), m.text()));
            });
            ChannelKind kind = JsonFields.slug(ce.kind(), ChannelKind.class, "kind");
            channels.add(ProjectErrors.at(
                    at, () -> new Channel(ce.name(), new ChannelInfo(kind, ce.attributes()), format, values, markers)));
        }
        return ProjectErrors.at(path, () -> new Plate(entry.name(), format, channels, entry.metadata()));
    }

    /**
     * A stored well value: finite, because a project keeps what an instrument could not measure as a marker, never
     * as a number (JSON's {@code 1e999} would otherwise become an infinite signal without a flag).
     */
    private static double finite(Double value, String at, String well) {
        if (value == null || !Double.isFinite(value)) {
            throw new ProjectErrors.Invalid(
                    at + ".values." + well,
                    "expected a finite number; got " + value + " (unmeasured wells are markers)");
        }
        return value;
    }

    static List<ProjectDocument.LayoutWell> wells(PlateLayout layout) {
        List<ProjectDocument.LayoutWell> wells = new ArrayList<>();
        layout.wells()
                .forEach((well, content) -> wells.add(new ProjectDocument.LayoutWell(
                        well.label(),
                        content.role().slug(),
                        content.compound().orElse(null),
                        content.concentration().map(Concentration::value).orElse(null),
                        content.concentration().map(c -> c.unit().symbol()).orElse(null))));
        return wells;
    }

    static PlateLayout layout(ProjectDocument.Layout entry, String path) {
        Map<WellId, WellContent> wells = new TreeMap<>();
        for (int i = 0; i < entry.wells().size(); i++) {
            ProjectDocument.LayoutWell w = entry.wells().get(i);
            String at = path + ".wells[" + i + "]";
            WellId well = WellId.parse(w.well());
            Optional<Concentration> concentration = Optional.ofNullable(w.concentration())
                    .map(value -> ProjectErrors.at(
                            at,
                            () -> new Concentration(
                                    value,
                                    ConcentrationUnit.parse(String.valueOf(w.unit()))
                                            .orElseThrow())));
            WellContent content = ProjectErrors.at(
                    at,
                    () -> new WellContent(
                            JsonFields.slug(w.role(), WellRole.class, "role"),
                            Optional.ofNullable(w.compound()),
                            concentration));
            if (wells.put(well, content) != null) {
                throw new ProjectErrors.Invalid(at, "well " + well + " is listed twice");
            }
        }
        return new PlateLayout(wells);
    }

    private static int index(PlateFormat format, String well, String path) {
        return ProjectErrors.at(path, () -> format.indexOf(WellId.parse(well)));
    }
}
