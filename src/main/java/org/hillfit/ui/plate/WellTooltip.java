/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import org.hillfit.analysis.HeatMap;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.project.SessionPlate;
import org.hillfit.report.FlagText;
import org.hillfit.report.ResultFormat;

/** The tooltip of a heat-map well: what the layout puts there, the value shown, its mask or outlier mark. */
final class WellTooltip {
    private WellTooltip() {}

    /** "C05 · sample HF-002 at 3.33 nM · 45.2 · masked by user: outlier". */
    static String of(SessionPlate plate, HeatMap map, WellId well) {
        WellContent content = plate.result().normalized().layout().content(well);
        StringBuilder text = new StringBuilder(well.label())
                .append(" · ")
                .append(content.role().slug());
        content.compound().ifPresent(c -> text.append(' ').append(c));
        content.concentration()
                .ifPresent(c -> text.append(" at ").append(ResultFormat.concentration(c.value(), c.unit())));
        double value = map.values().get(well);
        text.append("\n")
                .append(PlatesViewModel.layerName(map))
                .append(": ")
                .append(Double.isNaN(value) ? "no value" : ColorLegend.compact(round(value)));
        plate.result().normalized().mask(well).ifPresent(m -> text.append("\n").append(FlagText.maskReason(m)));
        map.mark(well)
                .filter(m -> m.kind() == HeatMap.MarkKind.OUTLIER)
                .ifPresent(m -> text.append("\ncontrol outlier (flagged, still used)"));
        return text.toString();
    }

    private static double round(double value) {
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(value) + 1e-12)));
        return Math.abs(value) >= 1000 ? Math.rint(value) : Math.rint(value * scale) / scale;
    }
}
