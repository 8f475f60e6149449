/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellId;

/**
 * A plate design as a rule: compounds in serial dilution with replicates, and whole columns or rows of controls.
 * {@link #layout()} expands it. Series fill the wells not taken by controls: along rows, a series takes consecutive
 * free columns of one row (or of {@code replicates} neighbouring rows for {@link ReplicatePattern#ADJACENT_ROWS}),
 * series follow each other along the row while they fit and then continue in the next free row(s); along columns
 * the same with rows and columns swapped. Highest dose first. Wells left over are empty.
 *
 * @param format the plate format
 * @param compounds compound names in placement order, unique, not blank
 * @param doses the dilution series
 * @param direction along rows or along columns
 * @param replicates wells per dose (≥ 1) and where they go
 * @param controls control columns/rows; they must not overlap
 */
public record DilutionRule(
        PlateFormat format,
        List<String> compounds,
        DoseSteps doses,
        SeriesDirection direction,
        Replicates replicates,
        List<ControlBand> controls) {

    /**
     * How many wells per dose, and where they go.
     *
     * @param count replicates per dose, 1–8
     * @param pattern adjacent wells, adjacent rows or separate plates
     */
    public record Replicates(int count, ReplicatePattern pattern) {
        public Replicates {
            Objects.requireNonNull(pattern, "pattern");
            if (count < 1 || count > 8) {
                throw new IllegalArgumentException("replicates must be 1–8; got " + count);
            }
        }

        /** Replicates on the same plate: {@code count}, or 1 when each replicate is on its own plate. */
        int perPlate() {
            return pattern == ReplicatePattern.SEPARATE_PLATES ? 1 : count;
        }
    }

    public DilutionRule {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(doses, "doses");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(replicates, "replicates");
        compounds = compounds.stream().map(String::strip).toList();
        controls = List.copyOf(controls);
        if (compounds.isEmpty() || compounds.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a dilution rule needs at least one compound, none blank");
        }
        if (new HashSet<>(compounds).size() != compounds.size()) {
            throw new IllegalArgumentException("compound names must be unique; got " + compounds);
        }
        checkControls(format, controls);
    }

    /** The layout the rule describes. */
    public PlateLayout layout() {
        return DilutionLayoutGenerator.generate(this);
    }

    /** A copy placing other compounds (a template reused for a new set). */
    public DilutionRule withCompounds(List<String> names) {
        return new DilutionRule(format, names, doses, direction, replicates, controls);
    }

    /** How many compounds fit on one plate with this rule. */
    public int capacity() {
        return DilutionLayoutGenerator.capacity(this);
    }

    /** A short name such as "384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24". */
    public String describe() {
        List<String> parts = new java.util.ArrayList<>();
        for (ControlBand.Axis axis : ControlBand.Axis.values()) {
            List<Integer> indices = controls.stream()
                    .filter(b -> b.axis() == axis)
                    .flatMap(b -> b.indices().stream())
                    .toList();
            if (!indices.isEmpty()) {
                parts.add(new ControlBand(org.hillfit.plate.WellRole.NEUTRAL, axis, indices).shortForm());
            }
        }
        String bands = parts.isEmpty() ? "no controls" : "controls " + String.join(" ", parts);
        return format.wellCount() + " · " + compounds.size() + " cpds × " + doses.points() + " pts × "
                + replicates.count() + " · " + bands;
    }

    private static void checkControls(PlateFormat format, List<ControlBand> controls) {
        Set<WellId> taken = new HashSet<>();
        for (ControlBand band : controls) {
            int limit = band.axis() == ControlBand.Axis.COLUMNS ? format.columns() : format.rows();
            int last = band.indices().get(band.indices().size() - 1);
            if (last > limit) {
                throw new IllegalArgumentException(format + " plates have " + limit + " "
                        + band.axis().name().toLowerCase(java.util.Locale.ROOT) + "; the "
                        + band.role().slug()
                        + " controls ask for " + band.describe());
            }
            for (WellId well : band.wells(format)) {
                if (!taken.add(well)) {
                    throw new IllegalArgumentException("control bands overlap at well " + well + " ("
                            + band.role().slug() + ")");
                }
            }
        }
    }
}
