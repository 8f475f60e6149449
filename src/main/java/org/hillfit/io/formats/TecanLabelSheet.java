/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.GridBlock;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.GridHeader;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateMetadata;

/**
 * A Tecan i-control or Spark sheet: header lines (Application, Device, Date, Time, Plate, Plate-ID), then one
 * {@code Label: <name>} block per measurement with its settings (Mode, wavelengths, Gain, Lag/Integration time,
 * Start Time, Temperature), a plate grid whose corner cell is {@code <>}, and End Time. Each label becomes a raw
 * channel named like the label.
 */
final class TecanLabelSheet {
    private final TextTable table;
    private final PlateBuilder plate;
    private final List<ImportProblem> problems;
    private final CellParser parser;
    private final Set<String> names = new HashSet<>();
    private final StringBuilder measuredAt = new StringBuilder();
    private String device = "";
    private String serial = "";
    private String label;
    private int labelRow;
    private ChannelSettings settings;
    private PlateBuilder.ChannelBuilder channel;

    private TecanLabelSheet(TextTable table, PlateBuilder plate, List<ImportProblem> problems) {
        this.table = table;
        this.plate = plate;
        this.problems = problems;
        this.parser = CellParser.forTable(table);
    }

    /** True when a line opens a label block: {@code Label: Label1} or {@code Label: | Label 1}. */
    static boolean isLabelLine(TextRow row) {
        return row.firstNonBlank() == 0 && row.stripped(0).startsWith("Label:");
    }

    /**
     * Reads the sheet into a plate.
     *
     * @throws ImportException naming the line when a label has no grid, two grids, or a bad cell
     */
    static void read(TextTable table, PlateBuilder plate, List<ImportProblem> problems) throws ImportException {
        new TecanLabelSheet(table, plate, problems).readRows();
    }

    private void readRows() throws ImportException {
        int r = 0;
        while (r < table.size()) {
            TextRow row = table.row(r);
            Optional<GridHeader> grid = row.isBlank() ? Optional.empty() : GridHeader.detect(table, r);
            if (row.isBlank()) {
                r++;
            } else if (isLabelLine(row)) {
                closeLabel();
                openLabel(row, r);
                r++;
            } else if (grid.isPresent()) {
                r = readGrid(row, grid.get());
            } else {
                setting(row);
                r++;
            }
        }
        closeLabel();
        plate.metadata(PlateMetadata.INSTRUMENT, serial.isEmpty() ? device : device + " (serial " + serial + ")");
        plate.metadata(PlateMetadata.MEASURED_AT, measuredAt.toString());
    }

    private void openLabel(TextRow row, int r) {
        String rest = row.stripped(0).substring("Label:".length()).strip();
        label = rest.isEmpty() ? row.nonBlank().stream().skip(1).findFirst().orElse("Label") : rest;
        labelRow = r;
        settings = new ChannelSettings().set(org.hillfit.plate.ChannelInfo.KEY_LABEL, label);
        channel = null;
    }

    private void closeLabel() throws ImportException {
        if (label != null && channel == null) {
            throw new ImportException(
                    table.locate(table.row(labelRow)),
                    "label '" + label + "' has no plate grid (a line '<>' with column numbers, then rows A, B, …);"
                            + " kinetic, well-scan and multiple-reads-per-well layouts are not supported");
        }
    }

    private int readGrid(TextRow row, GridHeader header) throws ImportException {
        if (label == null) {
            throw new ImportException(table.locate(row), "expected a 'Label:' line before the plate grid");
        }
        if (channel != null) {
            throw new ImportException(
                    table.locate(row),
                    "label '" + label + "' has a second plate grid; kinetic and multiple-reads-per-well layouts are"
                            + " not supported");
        }
        String name = ExportNames.unique(label, names);
        names.add(name);
        channel = plate.channel(name).info(settings.info(ChannelKind.RAW));
        GridBlock block = GridBlock.below(table, header);
        for (GridCell cell : block.cells()) {
            MatrixCells.put(channel, cell, parser.parse(cell.text()), table, problems);
        }
        return block.endRow();
    }

    private void setting(TextRow row) {
        for (TecanSettingLine s : TecanSettingLine.of(row)) {
            if (label == null) {
                header(s);
            } else if (channel == null) {
                settings.put(s.key(), s.value(), s.unit());
                if (s.key().equalsIgnoreCase("Start Time") && measuredAt.length() == 0) {
                    measuredAt.append(s.valueWithUnit());
                }
            } else if (s.key().equalsIgnoreCase("End Time")) {
                channel.info(settings.put(s.key(), s.value(), s.unit()).info(ChannelKind.RAW));
            }
        }
    }

    private void header(TecanSettingLine s) {
        String key = ChannelSettings.key(s.key());
        switch (key) {
            case "application" -> plate.metadata(PlateMetadata.SOFTWARE, s.valueWithUnit());
            case "device" -> device = s.valueWithUnit();
            case "serial_number" -> serial = s.valueWithUnit();
            case "date", "time" ->
                measuredAt.append(measuredAt.length() == 0 ? "" : " ").append(s.valueWithUnit());
            case "plate" -> {
                plate.metadata("plate_type", s.valueWithUnit());
                ExportNames.formatIn(s.value()).ifPresent(plate::format);
            }
            case "plate_id_stacker", "plate_id", "barcode" -> plate.metadata(PlateMetadata.BARCODE, s.value());
            default -> plate.metadata(key, s.valueWithUnit());
        }
    }
}
