/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * A plate's readout expressed as % inhibition against its own controls (or a reference compound), with its QC and
 * masks. The centres are on the normalised scale: the readout minus the blank centre when blanks are subtracted.
 *
 * @param readout the readout as selected, before blank subtraction
 * @param layout the layout used
 * @param neutralCenter the readout of 0 % inhibition (centre of the neutral group)
 * @param inhibitorCenter the readout of 100 % inhibition (centre of the inhibitor controls, or the reference's
 *     full effect)
 * @param masks every masked well (user, rules, instrument markers, failed transfers), by well
 * @param qc the plate's QC
 * @param options the options that produced this
 * @param blankCenter the blank centre subtracted from every well; NaN when nothing was subtracted
 * @param basis what defines 0 % and 100 %, for reports: "median of 32 neutral / 32 inhibitor controls"
 */
public record NormalizedPlate(
        Readout readout,
        PlateLayout layout,
        double neutralCenter,
        double inhibitorCenter,
        Map<WellId, WellMask> masks,
        PlateQc qc,
        NormalizationOptions options,
        double blankCenter,
        String basis) {

    public NormalizedPlate {
        Objects.requireNonNull(readout, "readout");
        Objects.requireNonNull(layout, "layout");
        masks = Collections.unmodifiableMap(new TreeMap<>(masks));
        Objects.requireNonNull(qc, "qc");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(basis, "basis");
    }

    /** A plate normalised to its controls without blank subtraction. */
    public NormalizedPlate(
            Readout readout,
            PlateLayout layout,
            double neutralCenter,
            double inhibitorCenter,
            Map<WellId, WellMask> masks,
            PlateQc qc,
            NormalizationOptions options) {
        this(readout, layout, neutralCenter, inhibitorCenter, masks, qc, options, Double.NaN, "controls");
    }

    /** The well's readout on the normalised scale (minus the blank centre when blanks are subtracted); NaN if none. */
    public double correctedValue(WellId well) {
        double v = readout.channel().valueAt(well);
        return hasBlankSubtraction() ? v - blankCenter : v;
    }

    /** True when a blank centre was subtracted. */
    public boolean hasBlankSubtraction() {
        return !Double.isNaN(blankCenter);
    }

    /** % inhibition of a well = 100 (neutral − x) / (neutral − inhibitor); NaN when the well has no number. */
    public double percentInhibition(WellId well) {
        return 100 * (neutralCenter - correctedValue(well)) / (neutralCenter - inhibitorCenter);
    }

    /** % activity = 100 − % inhibition. */
    public double percentActivity(WellId well) {
        return 100 - percentInhibition(well);
    }

    /** The mask of a well, if masked. */
    public Optional<WellMask> mask(WellId well) {
        return Optional.ofNullable(masks.get(well));
    }

    /** The users' masks (the edits a re-analysis keeps), by well. */
    public Map<WellId, WellMask> userMasks() {
        Map<WellId, WellMask> user = new TreeMap<>();
        masks.forEach((well, mask) -> {
            if (mask.isUserMask()) {
                user.put(well, mask);
            }
        });
        return user;
    }

    /** The readout the percentages come from: blank-corrected when blanks were subtracted (markers kept). */
    public Readout correctedReadout() {
        if (!hasBlankSubtraction()) {
            return readout;
        }
        Channel raw = readout.channel();
        double[] values = raw.values();
        for (int i = 0; i < values.length; i++) {
            values[i] -= blankCenter;
        }
        Channel corrected = new Channel(
                raw.name() + " − blank",
                raw.info().with(ChannelInfo.KEY_FORMULA, "'" + raw.name() + "' − " + Statistics.format(blankCenter)),
                raw.format(),
                values,
                raw.markers());
        return new Readout(
                corrected, readout.description() + ", minus the blank centre " + Statistics.format(blankCenter));
    }

    /** The neutral group: neutral controls and vehicle (zero-dose sample) wells of the layout on this plate. */
    public java.util.Set<WellId> neutralGroup() {
        java.util.Set<WellId> wells = new TreeSet<>();
        layout.wells().forEach((well, content) -> {
            if (isNeutral(content) && readout.channel().format().contains(well)) {
                wells.add(well);
            }
        });
        return wells;
    }

    /** A copy on another scale (reference normalisation), with what defines it. */
    public NormalizedPlate withCenters(double neutral, double inhibitor, String newBasis) {
        return new NormalizedPlate(readout, layout, neutral, inhibitor, masks, qc, options, blankCenter, newBasis);
    }

    /** True for neutral controls and vehicle wells. */
    static boolean isNeutral(WellContent content) {
        return content.role() == WellRole.NEUTRAL
                || (content.role() == WellRole.SAMPLE
                        && content.concentration().map(c -> c.isZero()).orElse(false));
    }
}
