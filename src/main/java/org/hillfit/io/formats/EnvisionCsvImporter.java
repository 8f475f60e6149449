/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.Plate;

/**
 * PerkinElmer / Revvity EnVision CSV exports (EnVision Workstation / Manager), comma- or semicolon-separated (with
 * decimal commas), in any encoding {@link org.hillfit.io.table.TextDecoding} knows.
 *
 * <p>What is read: {@code Plate information} lines (columns by header name: Plate, Repeat, Barcode, Measurement
 * date, Label, Measinfo, temperatures …), {@code Calculated results: Calc N: <name> = <formula>} matrices as
 * {@link org.hillfit.plate.ChannelKind#CALCULATED} channels, {@code Results for <label> - channel N …} matrices as
 * raw channels, bare matrices without titles (identified by their plate information line), sparse matrices listing
 * only some rows, list exports (one line per well under a header with a {@code Well} column) and the footer
 * ({@code Basic assay information}, {@code Protocol information}, {@code Labels:}, {@code Filters:},
 * {@code Instrument:}). Raw channels are named after their emission filter, so TR-FRET acceptor (e.g.
 * {@code APC 665}) and donor ({@code Europium 615}, {@code Cy5 620}) carry their wavelengths. Plates are told apart
 * by the Plate and Repeat columns.
 *
 * <p>A titled matrix line with fewer values than its column header names is an error (EnVision always writes
 * full lines); so is a line with more.
 */
public final class EnvisionCsvImporter implements PlateImporter {

    @Override
    public String id() {
        return "envision-csv";
    }

    @Override
    public String displayName() {
        return "PerkinElmer EnVision (CSV)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "txt");
    }

    @Override
    public String description() {
        return "EnVision Workstation exports: plate information, calculated results and per-channel matrices or"
                + " lists, with labels and filters from the protocol footer.";
    }

    @Override
    public double probe(ProbeSample sample) {
        if (sample.isWorkbook()) {
            return 0;
        }
        String text = sample.text();
        boolean plateInformation = false;
        boolean plateHeader = false;
        boolean results = false;
        boolean assayInformation = false;
        boolean protocolInformation = false;
        for (String line : text.split("\\R", 2000)) {
            String l = line.stripLeading().toLowerCase(Locale.ROOT);
            if (l.startsWith("exported with envision")) {
                return 0.95;
            }
            plateInformation |= l.startsWith("plate information");
            plateHeader |= l.startsWith("plate,repeat,barcode") || l.startsWith("plate;repeat;barcode");
            results |=
                    l.startsWith("calculated results: calc") || (l.startsWith("results for ") && l.contains("channel"));
            assayInformation |= l.startsWith("basic assay information");
            protocolInformation |= l.startsWith("protocol information");
        }
        if (plateInformation && plateHeader) {
            return 0.95;
        }
        if (results || (assayInformation && protocolInformation)) {
            return 0.9;
        }
        return plateHeader ? 0.7 : 0;
    }

    @Override
    public ImportResult read(Path file, ImportContext context) throws ImportException {
        TextTable table = DelimitedTables.read(file, context);
        context.cancellation().throwIfCancelled();
        EnvisionScanner scan = EnvisionScanner.scan(table);
        List<ImportProblem> problems = new ArrayList<>();
        List<Plate> plates = EnvisionPlates.build(table, scan, problems);
        if (plates.isEmpty()) {
            throw new ImportException(
                    table.location(),
                    "no EnVision results found: expected 'Calculated results: …' or 'Results for …' followed by a"
                            + " plate matrix, or a matrix under 'Plate information'");
        }
        return new ImportResult(plates, problems);
    }
}
