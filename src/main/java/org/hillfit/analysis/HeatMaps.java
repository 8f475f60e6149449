/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hillfit.plate.Channel;
import org.hillfit.plate.Plate;
import org.hillfit.plate.WellId;

/**
 * Builds the heat maps of a plate. Scales: raw channels and the readout run from their lowest to highest value,
 * centred on the median (the readout: on the midpoint between the 0 % and 100 % centres); % inhibition runs 0 – 50
 * – 100 (values outside are clamped); B-scores −3 – 0 – 3, the usual hit and artefact cut-off, so plates compare at a
 * glance.
 */
public final class HeatMaps {
    private HeatMaps() {}

    /** Every layer: each raw channel, the readout, % inhibition and B-scores. */
    public static List<HeatMap> all(Plate plate, NormalizedPlate normalized) {
        List<HeatMap> maps = new ArrayList<>();
        plate.channels().forEach(c -> maps.add(raw(plate.name(), c, normalized)));
        maps.add(readout(plate.name(), normalized));
        maps.add(percentInhibition(plate.name(), normalized));
        bScore(plate.name(), normalized).ifPresent(maps::add);
        return maps;
    }

    /** One raw channel. */
    public static HeatMap raw(String plateName, Channel channel, NormalizedPlate normalized) {
        WellValues values = WellValues.of(channel.format(), channel::valueAt);
        return new HeatMap(
                plateName + " · " + channel.name(),
                HeatMap.Layer.RAW_CHANNEL,
                values,
                spread(values, Statistics.median(values.present())),
                marks(normalized));
    }

    /** The readout, blank-corrected when blanks were subtracted. */
    public static HeatMap readout(String plateName, NormalizedPlate normalized) {
        Channel channel = normalized.correctedReadout().channel();
        WellValues values = WellValues.of(channel.format(), channel::valueAt);
        double mid = (normalized.neutralCenter() + normalized.inhibitorCenter()) / 2;
        return new HeatMap(
                plateName + " · " + channel.name(),
                HeatMap.Layer.READOUT,
                values,
                spread(values, mid),
                marks(normalized));
    }

    /** % inhibition of every well with a value. */
    public static HeatMap percentInhibition(String plateName, NormalizedPlate normalized) {
        Channel channel = normalized.readout().channel();
        WellValues values = WellValues.of(channel.format(), normalized::percentInhibition);
        return new HeatMap(
                plateName + " · % inhibition",
                HeatMap.Layer.PERCENT_INHIBITION,
                values,
                new ColorScale(0, 50, 100),
                marks(normalized));
    }

    /** B-scores, when spatial statistics were computed. */
    public static java.util.Optional<HeatMap> bScore(String plateName, NormalizedPlate normalized) {
        return normalized
                .qc()
                .spatial()
                .map(s -> new HeatMap(
                        plateName + " · B-score",
                        HeatMap.Layer.B_SCORE,
                        s.bScores(),
                        new ColorScale(-3, 0, 3),
                        marks(normalized)));
    }

    /** Masked wells (instrument markers count as flagged) and control outliers that are only flagged. */
    static Map<WellId, HeatMap.Mark> marks(NormalizedPlate normalized) {
        Map<WellId, HeatMap.Mark> marks = new TreeMap<>();
        for (ControlOutlier outlier : normalized.qc().controlOutliers()) {
            if (!outlier.masked()) {
                marks.put(outlier.well(), new HeatMap.Mark(HeatMap.MarkKind.OUTLIER, "control_outlier"));
            }
        }
        normalized
                .masks()
                .forEach((well, mask) -> marks.put(
                        well,
                        new HeatMap.Mark(
                                mask.reason() == MaskReason.INSTRUMENT_FLAG
                                        ? HeatMap.MarkKind.FLAGGED
                                        : HeatMap.MarkKind.MASKED,
                                mask.flagSlug())));
        return marks;
    }

    private static ColorScale spread(WellValues values, double center) {
        double[] v = values.present();
        if (v.length == 0) {
            return new ColorScale(0, 0.5, 1);
        }
        double min = java.util.Arrays.stream(v).min().orElseThrow();
        double max = java.util.Arrays.stream(v).max().orElseThrow();
        double c = Double.isFinite(center) ? Math.max(min, Math.min(max, center)) : (min + max) / 2;
        return new ColorScale(min, c, max);
    }
}
