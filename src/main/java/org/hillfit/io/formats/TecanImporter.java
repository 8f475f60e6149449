/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
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
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateMetadata;

/**
 * Tecan plate-reader exports: i-control (infinite), Spark and Magellan, as XLSX (also XLSX content saved as
 * ".xls") or delimited text (UTF-8 with BOM, tab, semicolon or comma, decimal commas where the delimiter allows).
 * i-control and Spark write one {@code Label: <name>} block per measurement with a {@code <>}-cornered grid (see
 * {@link TecanLabelSheet}); Magellan writes a list with a {@code Well positions} column (see {@link
 * MagellanListSheet}). Each sheet with data is a plate, named by its Plate-ID (barcode) when given, otherwise by the
 * file name (plus the sheet name when several sheets hold plates).
 */
public final class TecanImporter implements PlateImporter {
    private static final Pattern LABEL_LINE = Pattern.compile("(?m)^\\s*Label:");
    private static final Pattern CORNER_LINE = Pattern.compile("(?m)^<>[\\t;,]");

    @Override
    public String id() {
        return "tecan";
    }

    @Override
    public String displayName() {
        return "Tecan i-control / Spark / Magellan (XLSX/TXT)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx", "xls", "txt", "csv", "tsv");
    }

    @Override
    public String description() {
        return "Tecan Label blocks (i-control, Spark) and Magellan well lists, one channel per label with its"
                + " wavelengths, gain and timing; OVER kept as an overflow flag.";
    }

    @Override
    public double probe(ProbeSample sample) {
        String text = sample.text();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean vendor = lower.contains("tecan")
                || lower.contains("i-control")
                || lower.contains("sparkcontrol")
                || lower.contains("magellan")
                || lower.contains("infinite");
        if (hasWellPositionsHeading(text)) {
            return 0.95;
        }
        boolean labels = LABEL_LINE.matcher(text).find();
        boolean corner = CORNER_LINE.matcher(text).find();
        if (labels && (vendor || corner)) {
            return 0.95;
        }
        return labels || (vendor && corner) ? 0.6 : 0;
    }

    /**
     * A Magellan list heading: a line whose cells (split at tab, semicolon or comma) are label cells followed by a
     * "Well positions" cell. Checked cell by cell rather than with a regular expression, which would recurse once per
     * cell and overflow the stack on a long line.
     */
    static boolean hasWellPositionsHeading(String text) {
        for (String line : text.split("\\R", 200)) {
            int start = 0;
            int index = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == '\t' || line.charAt(i) == ';' || line.charAt(i) == ',') {
                    String cell = line.substring(start, i).strip();
                    if (index > 0 && cell.equalsIgnoreCase("well positions")) {
                        return true;
                    }
                    if (cell.isEmpty() && index == 0) {
                        break; // headings start with a label cell
                    }
                    start = i + 1;
                    index++;
                }
            }
        }
        return false;
    }

    @Override
    public ImportResult read(Path file, ImportContext context) throws ImportException {
        List<TextTable> tables = TableFiles.read(file, context);
        List<ImportProblem> problems = new ArrayList<>();
        List<PlateBuilder> builders = new ArrayList<>();
        List<TextTable> sources = new ArrayList<>();
        for (TextTable table : tables) {
            context.cancellation().throwIfCancelled();
            Optional<PlateBuilder> plate = readTable(table, problems);
            if (plate.isPresent()) {
                builders.add(plate.get());
                sources.add(table);
            }
        }
        if (builders.isEmpty()) {
            throw new ImportException(
                    SourceLocation.of(file),
                    "no Tecan data found: expected 'Label:' blocks with a '<>' plate grid (i-control, Spark) or a"
                            + " 'Well positions' list (Magellan)");
        }
        List<Plate> plates = new ArrayList<>();
        for (int i = 0; i < builders.size(); i++) {
            plates.add(build(file, builders.get(i), sources.get(i), builders.size(), plates));
        }
        return new ImportResult(plates, problems);
    }

    private static Optional<PlateBuilder> readTable(TextTable table, List<ImportProblem> problems)
            throws ImportException {
        PlateBuilder plate = new PlateBuilder(table.sheet());
        Optional<MagellanListSheet.Heading> magellan = MagellanListSheet.heading(table);
        if (magellan.isPresent()) {
            MagellanListSheet.read(table, magellan.get(), plate, problems);
        } else if (table.rows().stream().anyMatch(TecanLabelSheet::isLabelLine)) {
            TecanLabelSheet.read(table, plate, problems);
        } else {
            return Optional.empty(); // an empty or unrelated sheet (i-control adds an empty second sheet)
        }
        return plate.isEmpty() ? Optional.empty() : Optional.of(plate);
    }

    private static Plate build(Path file, PlateBuilder builder, TextTable table, int count, List<Plate> done)
            throws ImportException {
        Plate plate;
        try {
            plate = builder.build();
        } catch (IllegalStateException e) {
            throw new ImportException(table.location(), e.getMessage(), e);
        }
        String name = plate.metadata(PlateMetadata.BARCODE)
                .orElseGet(() -> count > 1 && !table.sheet().isEmpty()
                        ? ExportNames.baseName(file) + " " + table.sheet()
                        : ExportNames.baseName(file));
        return plate.withName(
                ExportNames.unique(name, done.stream().map(Plate::name).toList()));
    }
}
