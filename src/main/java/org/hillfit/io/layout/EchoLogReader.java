/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.CellValue;
import org.hillfit.io.table.Cells;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.WellId;

/**
 * Reads acoustic dispenser (Labcyte/Beckman Echo) transfer logs: key/value lines ({@code Run ID,1234}), an {@code
 * [EXCEPTIONS]} table of failed transfers and a {@code [DETAILS]} table of all transfers, each with a header line
 * and columns found by name: Source Plate Barcode (or Name), Source Well, Destination Plate Barcode (or Name),
 * Destination Well, Transfer Volume, and optionally Actual Volume, Sample Name / Sample ID and Transfer Status.
 * Volumes are in nL. A transfer failed when it is listed under [EXCEPTIONS], when its status is anything but empty
 * or a success word (OK, Success, Completed, Transferred), or when its actual volume is 0 while a volume was
 * requested. A table ends at a blank line or the next [SECTION] line.
 */
public final class EchoLogReader {
    private static final Pattern DETAILS = Pattern.compile("(?im)^\\s*\"?\\[DETAILS\\]");
    private static final Set<String> SUCCESS = Set.of(
            "ok", "success", "successful", "succeeded", "complete", "completed", "transferred", "pass", "passed");

    private EchoLogReader() {}

    /** True when the text has a [DETAILS] section line. */
    public static boolean looksLikeEchoLog(String text) {
        return DETAILS.matcher(text).find();
    }

    /**
     * Reads a log.
     *
     * @throws ImportException naming the line of a missing column, a bad well or a bad volume
     */
    public static EchoTransferLog read(Path file, ImportContext context) throws ImportException {
        TextTable table = DelimitedTables.read(file, context);
        Map<String, String> header = new LinkedHashMap<>();
        List<EchoTransfer> details = new ArrayList<>();
        List<EchoTransfer> exceptions = new ArrayList<>();
        boolean sawDetails = false;
        int r = 0;
        while (r < table.size()) {
            TextRow row = table.row(r);
            String section = row.first().toUpperCase(Locale.ROOT);
            if (section.equals("[DETAILS]") || section.equals("[EXCEPTIONS]")) {
                boolean isDetails = section.equals("[DETAILS]");
                sawDetails |= isDetails;
                r = readTable(table, r + 1, isDetails ? details : exceptions, !isDetails);
            } else {
                if (row.nonBlankCount() >= 2) {
                    header.putIfAbsent(row.nonBlank().get(0), row.nonBlank().get(1));
                }
                r++;
            }
        }
        if (!sawDetails) {
            throw new ImportException(
                    table.location(), "no [DETAILS] section; expected an Echo transfer log with a [DETAILS] table");
        }
        List<EchoTransfer> transfers = merge(details, exceptions);
        if (transfers.isEmpty()) {
            throw new ImportException(table.location(), "the [DETAILS] section lists no transfers");
        }
        return new EchoTransferLog(header, transfers);
    }

    /** Details in order, with each exception marking its matching detail failed (or appended when unmatched). */
    private static List<EchoTransfer> merge(List<EchoTransfer> details, List<EchoTransfer> exceptions) {
        List<EchoTransfer> merged = new ArrayList<>(details);
        boolean[] matched = new boolean[merged.size()];
        for (EchoTransfer failed : exceptions) {
            int match = -1;
            for (int i = 0; i < details.size() && match < 0; i++) {
                if (!matched[i] && details.get(i).sameRoute(failed)) {
                    match = i;
                }
            }
            if (match >= 0) {
                matched[match] = true;
                EchoTransfer d = merged.get(match);
                merged.set(
                        match,
                        new EchoTransfer(
                                d.sourcePlate(),
                                d.sourceWell(),
                                d.destinationPlate(),
                                d.destinationWell(),
                                failed.volumeNl(),
                                d.sampleName(),
                                failed.failure(),
                                failed.location()));
            } else {
                merged.add(failed);
            }
        }
        return merged;
    }

    /** Reads a header line and data lines from {@code start}; returns the index after the table. */
    private static int readTable(TextTable table, int start, List<EchoTransfer> into, boolean exceptions)
            throws ImportException {
        int r = start;
        while (r < table.size() && table.row(r).isBlank()) {
            r++;
        }
        if (r == table.size()) {
            return r;
        }
        Columns columns = Columns.of(table, table.row(r));
        CellParser numbers = CellParser.forTable(table);
        for (r++; r < table.size(); r++) {
            TextRow row = table.row(r);
            if (row.isBlank() || row.first().startsWith("[")) {
                break;
            }
            into.add(transfer(table, row, columns, numbers, exceptions));
        }
        return r;
    }

    private static EchoTransfer transfer(
            TextTable table, TextRow row, Columns columns, CellParser numbers, boolean exception)
            throws ImportException {
        SourceLocation at = table.locate(row);
        double requested = volume(columns.text(row, columns.transferVolume()), "Transfer Volume", numbers, at)
                .orElseThrow(() -> new ImportException(at, "the Transfer Volume is empty; expected nL"));
        Optional<Double> actual = columns.actualVolume().isPresent()
                ? volume(columns.text(row, columns.actualVolume().get()), "Actual Volume", numbers, at)
                : Optional.empty();
        String status = columns.status().map(i -> columns.text(row, i)).orElse("");
        Optional<String> failure = Optional.empty();
        if (exception) {
            failure = Optional.of(status.isEmpty() ? "listed under [EXCEPTIONS]" : status);
        } else if (!status.isEmpty() && !SUCCESS.contains(status.toLowerCase(Locale.ROOT))) {
            failure = Optional.of(status);
        } else if (actual.isPresent() && actual.get() == 0 && requested > 0) {
            failure = Optional.of("actual volume 0 nL");
        }
        double volume = failure.isEmpty() && actual.isPresent() ? actual.get() : requested;
        return new EchoTransfer(
                columns.plate(row, true),
                well(columns.text(row, columns.sourceWell()), "Source Well", at),
                columns.plate(row, false),
                well(columns.text(row, columns.destinationWell()), "Destination Well", at),
                volume,
                columns.sample(row),
                failure,
                at);
    }

    private static Optional<Double> volume(String text, String column, CellParser numbers, SourceLocation at)
            throws ImportException {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        CellValue value = numbers.parse(text);
        if (value instanceof CellValue.Number n && n.value() >= 0) {
            return Optional.of(n.value());
        }
        throw new ImportException(at, "expected a volume in nL (≥ 0) in column '" + column + "'; got '" + text + "'");
    }

    private static WellId well(String text, String column, SourceLocation at) throws ImportException {
        return WellId.tryParse(text)
                .orElseThrow(() -> new ImportException(
                        at, "expected a well ID such as A1 in column '" + column + "'; got '" + text + "'"));
    }

    /** Column indexes of a transfer table, found by header name. */
    private record Columns(
            Optional<Integer> sourceBarcode,
            Optional<Integer> sourceName,
            int sourceWell,
            Optional<Integer> destinationBarcode,
            Optional<Integer> destinationName,
            int destinationWell,
            int transferVolume,
            Optional<Integer> actualVolume,
            Optional<Integer> status,
            List<Integer> sample) {

        static Columns of(TextTable table, TextRow header) throws ImportException {
            Map<String, Integer> byName = LayoutCells.columns(header);
            SourceLocation at = table.locate(header);
            Optional<Integer> sourceBarcode = Optional.ofNullable(byName.get("source plate barcode"));
            Optional<Integer> sourceName = Optional.ofNullable(byName.get("source plate name"));
            Optional<Integer> destinationBarcode = Optional.ofNullable(byName.get("destination plate barcode"));
            Optional<Integer> destinationName = Optional.ofNullable(byName.get("destination plate name"));
            if ((sourceBarcode.isEmpty() && sourceName.isEmpty())
                    || (destinationBarcode.isEmpty() && destinationName.isEmpty())) {
                throw new ImportException(
                        at,
                        "the transfer table needs 'Source Plate Barcode' (or 'Source Plate"
                                + " Name') and 'Destination Plate Barcode' (or 'Destination Plate Name') columns");
            }
            List<Integer> sample = new ArrayList<>();
            Optional.ofNullable(byName.get("sample name")).ifPresent(sample::add);
            Optional.ofNullable(byName.get("sample id")).ifPresent(sample::add);
            return new Columns(
                    sourceBarcode,
                    sourceName,
                    required(byName, "source well", at),
                    destinationBarcode,
                    destinationName,
                    required(byName, "destination well", at),
                    required(byName, "transfer volume", at),
                    Optional.ofNullable(byName.get("actual volume")),
                    Optional.ofNullable(byName.get("transfer status")),
                    sample);
        }

        private static int required(Map<String, Integer> byName, String name, SourceLocation at)
                throws ImportException {
            Integer index = byName.get(name);
            if (index == null) {
                throw new ImportException(at, "the transfer table has no '" + name + "' column");
            }
            return index;
        }

        String text(TextRow row, int index) {
            return Cells.unwrapExcelText(row.cell(index));
        }

        String plate(TextRow row, boolean source) {
            Optional<Integer> barcode = source ? sourceBarcode : destinationBarcode;
            Optional<Integer> name = source ? sourceName : destinationName;
            String text = barcode.map(i -> text(row, i)).orElse("");
            return text.isEmpty() ? name.map(i -> text(row, i)).orElse("") : text;
        }

        String sample(TextRow row) {
            return sample.stream()
                    .map(i -> text(row, i))
                    .filter(s -> !s.isEmpty())
                    .findFirst()
                    .orElse("");
        }
    }
}
