/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hillfit.plate.Channel;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;
import org.hillfit.plate.WellRole;

/**
 * Normalises a plate's readout to % inhibition against the plate's own controls, in this order: masks (the user's,
 * then instrument markers and preparation flags such as failed transfers), control outliers (flagged, or masked
 * when the rule says so), the blank centre (subtracted when blanks exist and the options ask), the neutral (neutral
 * controls and vehicle wells) and inhibitor centres by the control statistic, plate QC and spatial statistics, and
 * finally, if asked, the reference compound's plateau as 100 %.
 */
public final class Normalizer {
    private Normalizer() {}

    /**
     * Normalises one plate.
     *
     * @param plateName for messages
     * @param userMasks the users' masks, applied before anything is computed
     * @throws NormalizationException when a control group has no usable well, both centres are equal, or the
     *     reference compound is missing
     */
    public static NormalizedPlate normalize(
            String plateName,
            Readout readout,
            PlateLayout layout,
            Map<WellId, WellMask> userMasks,
            NormalizationOptions options)
            throws NormalizationException {
        Channel channel = readout.channel();
        Map<WellId, WellMask> masks = ruleMasks(channel, layout, userMasks);
        List<ControlOutlier> outliers = new ArrayList<>();
        Map<WellRole, Map<WellId, Double>> groups = new LinkedHashMap<>();
        for (WellRole role : List.of(WellRole.NEUTRAL, WellRole.INHIBITOR, WellRole.BLANK)) {
            groups.put(role, groupValues(channel, layout, role, masks, options.outlierRule(), outliers));
        }
        double blank = Double.NaN;
        if (options.subtractBlank() && !groups.get(WellRole.BLANK).isEmpty()) {
            blank = options.controlStatistic().center(array(groups.get(WellRole.BLANK)));
        }
        double shift = Double.isNaN(blank) ? 0 : blank;
        double[] neutral = shifted(groups.get(WellRole.NEUTRAL), shift);
        double[] inhibitor = shifted(groups.get(WellRole.INHIBITOR), shift);
        checkControls(plateName, neutral, inhibitor);
        PlateQc qc = PlateQc.of(neutral, inhibitor, options.qcThresholds())
                .withBlanks(array(groups.get(WellRole.BLANK)))
                .withControlOutliers(outliers)
                .withSpatial(spatial(channel, layout, masks, shift));
        String basis = options.controlStatistic().name().toLowerCase(java.util.Locale.ROOT) + " of " + neutral.length
                + " neutral / " + inhibitor.length + " inhibitor controls";
        NormalizedPlate plate = new NormalizedPlate(
                readout,
                layout,
                options.controlStatistic().center(neutral),
                options.controlStatistic().center(inhibitor),
                masks,
                qc,
                options,
                blank,
                basis);
        return withReferencePlateau(plateName, plate);
    }

    private static void checkControls(String plateName, double[] neutral, double[] inhibitor)
            throws NormalizationException {
        if (neutral.length == 0 || inhibitor.length == 0) {
            throw new NormalizationException("plate '" + plateName + "' has no usable "
                    + (neutral.length == 0 ? "neutral" : "inhibitor") + " control wells in its layout; % inhibition"
                    + " needs both neutral (0 %) and inhibitor (100 %) controls");
        }
    }

    /** Applies the reference plateau when asked, and checks that there is an assay window. */
    private static NormalizedPlate withReferencePlateau(String plateName, NormalizedPlate plate)
            throws NormalizationException {
        NormalizationOptions options = plate.options();
        NormalizedPlate scaled = plate;
        if (options.reference().isPresent() && options.reference().get().mode() == ReferenceScaling.Mode.PLATEAU) {
            scaled =
                    ReferencePlateau.apply(plateName, plate, options.reference().get());
        }
        if (scaled.neutralCenter() == scaled.inhibitorCenter()) {
            throw new NormalizationException("plate '" + plateName + "': 0 % and 100 % have the same readout ("
                    + Statistics.format(scaled.neutralCenter()) + "); there is no assay window");
        }
        return scaled;
    }

    /** The user's masks plus masks for instrument markers and preparation flags (user masks win). */
    static Map<WellId, WellMask> ruleMasks(Channel channel, PlateLayout layout, Map<WellId, WellMask> userMasks) {
        Map<WellId, WellMask> masks = new HashMap<>(userMasks);
        channel.markers().forEach((well, marker) -> masks.putIfAbsent(well, markerMask(well, marker)));
        layout.flags().forEach((well, marker) -> {
            if (channel.format().contains(well)) {
                masks.putIfAbsent(well, markerMask(well, marker));
            }
        });
        return masks;
    }

    private static WellMask markerMask(WellId well, WellMarker marker) {
        MaskReason reason = marker.flag() == WellFlag.FAILED_TRANSFER
                ? MaskReason.FAILED_TRANSFER
                : marker.flag() == WellFlag.LOW_EVENTS ? MaskReason.LOW_EVENTS : MaskReason.INSTRUMENT_FLAG;
        String note = marker.flag().slug() + (marker.text().isEmpty() ? "" : " (" + marker.text() + ")");
        return new WellMask(well, reason, note);
    }

    /**
     * The usable values of one control group after the outlier rule; outliers are recorded, and masked (added to
     * {@code masks}, left out of the group) when the rule says so.
     */
    private static Map<WellId, Double> groupValues(
            Channel channel,
            PlateLayout layout,
            WellRole role,
            Map<WellId, WellMask> masks,
            ControlOutlierRule rule,
            List<ControlOutlier> outliers) {
        Map<WellId, Double> values = new LinkedHashMap<>();
        for (Map.Entry<WellId, WellContent> e : layout.wells().entrySet()) {
            WellId well = e.getKey();
            boolean member = role == WellRole.NEUTRAL
                    ? NormalizedPlate.isNeutral(e.getValue())
                    : e.getValue().role() == role;
            if (member && channel.format().contains(well) && !masks.containsKey(well)) {
                double v = channel.valueAt(well);
                if (!Double.isNaN(v)) {
                    values.put(well, v);
                }
            }
        }
        for (ControlOutlier outlier : ControlOutlierDetector.find(values, role, rule)) {
            outliers.add(outlier);
            if (outlier.masked()) {
                values.remove(outlier.well());
                masks.put(
                        outlier.well(),
                        new WellMask(
                                outlier.well(),
                                MaskReason.OUTLIER,
                                "control outlier, robust z " + Statistics.format(outlier.robustZ())));
            }
        }
        return values;
    }

    private static SpatialQc spatial(Channel channel, PlateLayout layout, Map<WellId, WellMask> masks, double shift) {
        Set<WellId> neutral = new java.util.TreeSet<>();
        WellValues scored = WellValues.of(channel.format(), well -> {
            WellContent content = layout.content(well);
            if (content.role() == WellRole.EMPTY || masks.containsKey(well)) {
                return Double.NaN;
            }
            if (NormalizedPlate.isNeutral(content)) {
                neutral.add(well);
            }
            return channel.valueAt(well) - shift;
        });
        return SpatialQc.of(scored, neutral);
    }

    private static double[] array(Map<WellId, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] shifted(Map<WellId, Double> values, double shift) {
        return values.values().stream().mapToDouble(v -> v - shift).toArray();
    }
}
