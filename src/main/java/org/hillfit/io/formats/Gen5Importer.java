/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.TableFiles;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.Plate;

/**
 * Agilent BioTek Gen5 exports as text (UTF-8, UTF-16 with BOM, tab-separated) or XLSX: a key/value header
 * (Software Version, Plate Number, Date, Reader Type …), {@code Procedure Details}, an optional {@code Layout} plate
 * map (not data; skipped), then {@code Results}: one line per plate row and read, the read label ("TRF:620",
 * "TRF:665", "Ratio", "Blank 450") in the column after the last plate column. Each label becomes a channel; labels
 * of a read step are raw (with the wavelength from the label, e.g. {@code emission_nm} 620), the rest are the
 * calculated results of Gen5's data reduction. Several plates per file (one header per plate) are read in order.
 *
 * <p>A plate is named by its barcode when the export has one; otherwise by the file name, followed by the plate
 * number ("Plate 2") when the file holds several plates.
 */
public final class Gen5Importer implements PlateImporter {
    private static final Set<String> HEADER_WORDS = Set.of(
            "software version",
            "experiment file path",
            "protocol file path",
            "plate number",
            "reader type",
            "reader serial number",
            "reading type",
            "procedure details");

    @Override
    public String id() {
        return "gen5";
    }

    @Override
    public String displayName() {
        return "Agilent BioTek Gen5 (TXT/XLSX)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("txt", "xlsx");
    }

    @Override
    public String description() {
        return "Gen5 Results matrices, one channel per read label (TRF:620, TRF:665, Ratio …), several plates per"
                + " file, markers OVRFLW/?????/MISSED kept as flags.";
    }

    @Override
    public double probe(ProbeSample sample) {
        String text = sample.text().toLowerCase(Locale.ROOT);
        int found = 0;
        for (String word : HEADER_WORDS) {
            if (text.contains(word)) {
                found++;
            }
        }
        if (!text.contains("software version") || found < 3) {
            return 0;
        }
        return text.contains("results") || text.contains("layout") ? 0.95 : 0.7;
    }

    @Override
    public ImportResult read(Path file, ImportContext context) throws ImportException {
        List<TextTable> tables = TableFiles.readUnquoted(file, context);
        List<ImportProblem> problems = new ArrayList<>();
        Gen5Sections sections = new Gen5Sections(problems);
        for (TextTable table : tables) {
            context.cancellation().throwIfCancelled();
            sections.read(table);
        }
        List<Gen5Plate> found = sections.plates();
        if (found.isEmpty()) {
            throw new ImportException(
                    SourceLocation.of(file),
                    "no 'Results' matrix found: expected a line 'Results', a line of column numbers, then one line"
                            + " per plate row and read ending with the read label");
        }
        List<Plate> plates = new ArrayList<>();
        for (Gen5Plate plate : found) {
            plates.add(build(file, plate, found.size(), plates));
        }
        return new ImportResult(plates, problems);
    }

    private static Plate build(Path file, Gen5Plate plate, int count, List<Plate> done) throws ImportException {
        String name = plate.barcode()
                .orElseGet(() -> count > 1 && !plate.plateNumber().isEmpty()
                        ? ExportNames.baseName(file) + " " + plate.plateNumber()
                        : ExportNames.baseName(file));
        try {
            return plate.build(
                    ExportNames.unique(name, done.stream().map(Plate::name).toList()));
        } catch (IllegalStateException e) {
            throw new ImportException(SourceLocation.of(file), e.getMessage(), e);
        }
    }
}
