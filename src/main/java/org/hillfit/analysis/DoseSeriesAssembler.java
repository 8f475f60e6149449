/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/** Groups a normalised plate's sample wells into one dose series per compound. */
public final class DoseSeriesAssembler {
    private DoseSeriesAssembler() {}

    /**
     * One series per compound, in layout order. Zero-concentration sample wells are vehicle wells: they are kept in
     * {@link DoseSeries#vehicle()} (and are neutral controls), never curve points, since a log axis has no zero. A
     * compound with only vehicle wells has no series.
     */
    public static List<DoseSeries> assemble(NormalizedPlate plate) {
        Map<String, List<DosePoint>> byCompound = new LinkedHashMap<>();
        Map<String, List<DosePoint>> vehicle = new LinkedHashMap<>();
        for (Map.Entry<WellId, WellContent> e : plate.layout().wells().entrySet()) {
            WellId well = e.getKey();
            WellContent content = e.getValue();
            if (content.role() != WellRole.SAMPLE
                    || !plate.readout().channel().format().contains(well)) {
                continue;
            }
            Concentration concentration = content.concentration().orElseThrow();
            DosePoint point = new DosePoint(well, concentration, plate.percentInhibition(well), plate.mask(well));
            (concentration.isZero() ? vehicle : byCompound)
                    .computeIfAbsent(content.compound().orElseThrow(), c -> new ArrayList<>())
                    .add(point);
        }
        List<DoseSeries> series = new ArrayList<>();
        byCompound.forEach((compound, points) -> {
            points.sort(Comparator.comparing(DosePoint::concentration).thenComparing(DosePoint::well));
            series.add(new DoseSeries(compound, points, vehicle.getOrDefault(compound, List.of())));
        });
        return series;
    }
}
