/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/** {@link ReferenceScaling.Mode#PLATEAU}: the reference's highest-dose wells define 100 %. */
final class ReferencePlateau {
    private ReferencePlateau() {}

    static NormalizedPlate apply(String plateName, NormalizedPlate plate, ReferenceScaling reference)
            throws NormalizationException {
        Concentration top = null;
        for (WellContent c : plate.layout().wells().values()) {
            if (isReference(c, reference)
                    && (top == null || c.concentration().orElseThrow().compareTo(top) > 0)) {
                top = c.concentration().orElseThrow();
            }
        }
        if (top == null) {
            throw new NormalizationException("plate '" + plateName + "' has no sample wells of the reference compound '"
                    + reference.compound() + "'");
        }
        List<Double> values = new ArrayList<>();
        for (Map.Entry<WellId, WellContent> e : plate.layout().wells().entrySet()) {
            WellContent c = e.getValue();
            if (isReference(c, reference)
                    && c.concentration().orElseThrow().compareTo(top) == 0
                    && plate.mask(e.getKey()).isEmpty()) {
                double v = plate.correctedValue(e.getKey());
                if (!Double.isNaN(v)) {
                    values.add(v);
                }
            }
        }
        if (values.isEmpty()) {
            throw new NormalizationException("plate '" + plateName + "': the reference '" + reference.compound()
                    + "' has no usable well at its highest dose " + top);
        }
        double plateau = plate.options()
                .controlStatistic()
                .center(values.stream().mapToDouble(Double::doubleValue).toArray());
        String basis = plate.basis() + "; 100 % = "
                + plate.options().controlStatistic().name().toLowerCase(java.util.Locale.ROOT) + " of reference '"
                + reference.compound() + "' at " + top + " (" + values.size() + " wells)";
        return plate.withCenters(plate.neutralCenter(), plateau, basis);
    }

    private static boolean isReference(WellContent c, ReferenceScaling reference) {
        return c.role() == WellRole.SAMPLE
                && c.compound().filter(reference.compound()::equals).isPresent()
                && c.concentration().filter(x -> !x.isZero()).isPresent();
    }
}
