/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;

/**
 * Expands a {@link DilutionRule}. It works in lanes (the rows a series runs along, or the columns) and positions
 * along a lane; control bands across the series direction remove positions, bands along it remove whole lanes.
 */
final class DilutionLayoutGenerator {
    private DilutionLayoutGenerator() {}

    /** Free lanes and positions (0-based lane index, 1-based position as row index + 1 or column). */
    private record Grid(List<Integer> lanes, List<Integer> positions, int blockWidth, int blockHeight) {
        int seriesPerLaneGroup() {
            return positions.size() / blockWidth;
        }

        int laneGroups() {
            return lanes.size() / blockHeight;
        }
    }

    static int capacity(DilutionRule rule) {
        Grid grid = grid(rule);
        return grid.seriesPerLaneGroup() * grid.laneGroups();
    }

    static PlateLayout generate(DilutionRule rule) {
        Grid grid = grid(rule);
        int capacity = grid.seriesPerLaneGroup() * grid.laneGroups();
        if (rule.compounds().size() > capacity) {
            throw new IllegalArgumentException(rule.compounds().size() + " compounds × "
                    + rule.doses().points()
                    + " doses × " + rule.replicates().perPlate() + " replicate(s) do not fit: with these controls a "
                    + rule.format() + " plate has " + grid.positions().size() + " free positions in each of "
                    + grid.lanes().size() + " free "
                    + (rule.direction() == SeriesDirection.ALONG_ROWS ? "rows" : "columns")
                    + ", room for " + capacity + " series of " + grid.blockWidth() + " wells");
        }
        Map<WellId, WellContent> wells = new TreeMap<>();
        for (ControlBand band : rule.controls()) {
            band.wells(rule.format()).forEach(w -> wells.put(w, WellContent.of(band.role())));
        }
        List<Concentration> doses = rule.doses().doses();
        for (int k = 0; k < rule.compounds().size(); k++) {
            place(rule, grid, k, doses, wells);
        }
        return new PlateLayout(wells);
    }

    private static void place(
            DilutionRule rule, Grid grid, int k, List<Concentration> doses, Map<WellId, WellContent> wells) {
        int group = k / grid.seriesPerLaneGroup();
        int slot = k % grid.seriesPerLaneGroup();
        int reps = rule.replicates().perPlate();
        boolean adjacentWells = rule.replicates().pattern() == ReplicatePattern.ADJACENT_WELLS;
        for (int d = 0; d < doses.size(); d++) {
            for (int r = 0; r < reps; r++) {
                int position = grid.positions().get(slot * grid.blockWidth() + (adjacentWells ? d * reps + r : d));
                int lane = grid.lanes().get(group * grid.blockHeight() + (adjacentWells ? 0 : r));
                WellId well = rule.direction() == SeriesDirection.ALONG_ROWS
                        ? new WellId(lane, position)
                        : new WellId(position - 1, lane + 1);
                wells.put(well, WellContent.sample(rule.compounds().get(k), doses.get(d)));
            }
        }
    }

    private static Grid grid(DilutionRule rule) {
        boolean alongRows = rule.direction() == SeriesDirection.ALONG_ROWS;
        int laneCount = alongRows ? rule.format().rows() : rule.format().columns();
        int positionCount = alongRows ? rule.format().columns() : rule.format().rows();
        ControlBand.Axis laneAxis = alongRows ? ControlBand.Axis.ROWS : ControlBand.Axis.COLUMNS;
        Set<Integer> blockedLanes = new HashSet<>();
        Set<Integer> blockedPositions = new HashSet<>();
        for (ControlBand band : rule.controls()) {
            (band.axis() == laneAxis ? blockedLanes : blockedPositions).addAll(band.indices());
        }
        List<Integer> lanes = new ArrayList<>();
        for (int i = 0; i < laneCount; i++) {
            if (!blockedLanes.contains(i + 1)) {
                lanes.add(i);
            }
        }
        List<Integer> positions = new ArrayList<>();
        for (int p = 1; p <= positionCount; p++) {
            if (!blockedPositions.contains(p)) {
                positions.add(p);
            }
        }
        int reps = rule.replicates().perPlate();
        boolean adjacentWells = rule.replicates().pattern() == ReplicatePattern.ADJACENT_WELLS;
        int width = rule.doses().points() * (adjacentWells ? reps : 1);
        int height = adjacentWells ? 1 : reps;
        return new Grid(lanes, positions, width, height);
    }
}
