/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;
import org.hillfit.plate.WellRole;

/**
 * Turns a dispenser transfer log and a source map into one layout per destination plate (keyed by its barcode, or
 * its name when the log has no barcode). A destination well's final concentration is Σ stock × transferred volume /
 * assay volume over its transfers, computed in decimal arithmetic and written in nM (12 significant digits): 10 mM ×
 * 2.5 nL / 25 µL = 1000 nM. Transfers of one compound from several source wells add up.
 *
 * <p>Roles: a well that received one compound is a sample, unless the source map gives that stock a role (the
 * reference inhibitor → inhibitor) or the base layout makes the well a control (kept, with a warning when a neutral
 * or blank well received a compound). A well that received only vehicle (DMSO) is neutral unless the base layout
 * says otherwise. A well that received two different compounds is a mixture Hillfit does not fit: it is left empty
 * with a warning. Wells the dispenser did not touch keep their base-layout content.
 *
 * <p>A failed transfer flags its destination well {@link WellFlag#FAILED_TRANSFER} (the well is then masked in the
 * analysis and named {@code failed_transfer:C05} in the results); its content is computed as designed, so the well
 * still shows which dose was meant.
 */
public final class EchoLayoutBuilder {
    private static final MathContext DIGITS = new MathContext(12);

    private EchoLayoutBuilder() {}

    /** One destination well's transfers. */
    private static final class Well {
        final Map<String, BigDecimal> molarNanoliters = new LinkedHashMap<>();
        Optional<WellRole> stockRole = Optional.empty();
        final List<String> failures = new ArrayList<>();
    }

    /**
     * Builds the layouts.
     *
     * @param assayVolumeMicroliters the final assay volume per well in µL, above 0
     * @param base controls and other wells the dispenser does not fill, for every destination plate
     * @throws ImportException naming the log line of a transfer from a source well the map does not list, or
     *     without a destination plate
     */
    public static LayoutSet build(
            EchoTransferLog log, SourceMap sources, double assayVolumeMicroliters, Optional<PlateLayout> base)
            throws ImportException {
        if (!(assayVolumeMicroliters > 0) || !Double.isFinite(assayVolumeMicroliters)) {
            throw new IllegalArgumentException("the assay volume must be above 0 µL; got " + assayVolumeMicroliters);
        }
        if (log.transfers().isEmpty()) {
            throw new IllegalArgumentException("the transfer log lists no transfers");
        }
        Map<String, Map<WellId, Well>> plates = new LinkedHashMap<>();
        for (EchoTransfer t : log.transfers()) {
            if (t.destinationPlate().isBlank()) {
                throw new ImportException(t.location(), "the transfer has no destination plate barcode or name");
            }
            SourceMap.Entry source = sources.entry(t.sourcePlate(), t.sourceWell())
                    .orElseThrow(() -> new ImportException(
                            t.location(),
                            "source well " + t.sourceWell() + " of plate '" + t.sourcePlate()
                                    + "' is not in the source map"));
            Well well = plates.computeIfAbsent(t.destinationPlate(), k -> new TreeMap<>())
                    .computeIfAbsent(t.destinationWell(), k -> new Well());
            add(well, t, source);
        }
        BigDecimal assayNanoliters = new BigDecimal(Double.toString(assayVolumeMicroliters)).scaleByPowerOfTen(3);
        Map<String, PlateLayout> layouts = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, Map<WellId, Well>> plate : plates.entrySet()) {
            String where = log.transfers().get(0).location().file().getFileName() + ", plate '" + plate.getKey() + "'";
            layouts.put(plate.getKey(), layout(plate.getValue(), base, assayNanoliters, where, warnings));
        }
        return new LayoutSet(Optional.empty(), layouts, warnings);
    }

    private static void add(Well well, EchoTransfer t, SourceMap.Entry source) {
        if (t.isFailed()) {
            well.failures.add(
                    t.sourcePlate() + ":" + t.sourceWell() + " " + t.failure().get());
        }
        if (source.isVehicle()) {
            return;
        }
        Concentration stock = source.stock().orElseThrow();
        BigDecimal amount = new BigDecimal(Double.toString(stock.value()))
                .scaleByPowerOfTen(stock.unit().exponent())
                .multiply(new BigDecimal(Double.toString(t.volumeNl())));
        well.molarNanoliters.merge(source.compound().orElseThrow(), amount, BigDecimal::add);
        if (source.role().isPresent()) {
            well.stockRole = source.role();
        }
    }

    private static PlateLayout layout(
            Map<WellId, Well> wells,
            Optional<PlateLayout> base,
            BigDecimal assayNanoliters,
            String where,
            List<String> warnings) {
        Map<WellId, WellContent> contents =
                new TreeMap<>(base.map(PlateLayout::wells).orElse(Map.of()));
        Map<WellId, WellMarker> flags =
                new TreeMap<>(base.map(PlateLayout::flags).orElse(Map.of()));
        for (Map.Entry<WellId, Well> e : wells.entrySet()) {
            WellId id = e.getKey();
            Well well = e.getValue();
            WellContent baseContent = base.map(b -> b.content(id)).orElse(WellContent.of(WellRole.EMPTY));
            contents.put(id, content(id, well, baseContent, assayNanoliters, where, warnings));
            if (!well.failures.isEmpty()) {
                flags.put(id, new WellMarker(WellFlag.FAILED_TRANSFER, String.join("; ", well.failures)));
            }
        }
        return new PlateLayout(contents, flags);
    }

    private static WellContent content(
            WellId id, Well well, WellContent base, BigDecimal assayNanoliters, String where, List<String> warnings) {
        boolean baseControl =
                base.role() == WellRole.NEUTRAL || base.role() == WellRole.INHIBITOR || base.role() == WellRole.BLANK;
        if (well.molarNanoliters.isEmpty()) {
            return baseControl ? base : WellContent.of(WellRole.NEUTRAL);
        }
        if (well.molarNanoliters.size() > 1) {
            warnings.add(where + ", well " + id + ": received " + String.join(" and ", well.molarNanoliters.keySet())
                    + "; mixtures are not fitted, the well is left empty");
            return WellContent.of(WellRole.EMPTY);
        }
        Map.Entry<String, BigDecimal> only =
                well.molarNanoliters.entrySet().iterator().next();
        BigDecimal nanomolar = only.getValue()
                .divide(assayNanoliters, MathContext.DECIMAL128)
                .scaleByPowerOfTen(9)
                .round(DIGITS)
                .stripTrailingZeros();
        Concentration concentration = new Concentration(nanomolar.doubleValue(), ConcentrationUnit.NANOMOLAR);
        WellRole role = well.stockRole.orElse(baseControl ? base.role() : WellRole.SAMPLE);
        if (well.stockRole.isEmpty() && (base.role() == WellRole.NEUTRAL || base.role() == WellRole.BLANK)) {
            warnings.add(where + ", well " + id + ": the base layout makes it a "
                    + base.role().slug() + " control but it received " + only.getKey() + " (" + concentration + ")");
        }
        return new WellContent(role, Optional.of(only.getKey()), Optional.of(concentration));
    }
}
