/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.Channel;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/** Normalises a plate's readout to % inhibition against the plate's neutral and inhibitor controls. */
public final class Normalizer {
    private Normalizer() {}

    /**
     * Normalises one plate. Wells with instrument markers are masked automatically; {@code userMasks} are applied
     * before the control centres are computed.
     *
     * @param plateName for messages
     * @throws NormalizationException when a control group has no usable well or both centres are equal
     */
    public static NormalizedPlate normalize(
            String plateName,
            Readout readout,
            PlateLayout layout,
            Map<WellId, WellMask> userMasks,
            NormalizationOptions options)
            throws NormalizationException {
        Channel channel = readout.channel();
        Map<WellId, WellMask> masks = new HashMap<>(userMasks);
        channel.markers()
                .forEach((well, marker) -> masks.putIfAbsent(
                        well,
                        new WellMask(
                                well,
                                MaskReason.INSTRUMENT_FLAG,
                                marker.flag().slug() + (marker.text().isEmpty() ? "" : " (" + marker.text() + ")"))));
        double[] neutral = controlValues(channel, layout, WellRole.NEUTRAL, masks);
        double[] inhibitor = controlValues(channel, layout, WellRole.INHIBITOR, masks);
        if (neutral.length == 0 || inhibitor.length == 0) {
            throw new NormalizationException("plate '" + plateName + "' has no usable "
                    + (neutral.length == 0 ? "neutral" : "inhibitor") + " control wells in its layout; % inhibition"
                    + " needs both neutral (0 %) and inhibitor (100 %) controls");
        }
        double n = options.controlStatistic().center(neutral);
        double i = options.controlStatistic().center(inhibitor);
        if (n == i) {
            throw new NormalizationException("plate '" + plateName + "': neutral and inhibitor controls have the same "
                    + "centre (" + Statistics.format(n) + "); there is no assay window");
        }
        PlateQc qc = PlateQc.of(neutral, inhibitor, options.qcThresholds());
        return new NormalizedPlate(readout, layout, n, i, masks, qc, options);
    }

    private static double[] controlValues(
            Channel channel, PlateLayout layout, WellRole role, Map<WellId, WellMask> masks) {
        List<WellId> wells = layout.wellsWithRole(role);
        return wells.stream()
                .filter(w -> channel.format().contains(w) && !masks.containsKey(w))
                .mapToDouble(channel::valueAt)
                .filter(v -> !Double.isNaN(v))
                .toArray();
    }
}
