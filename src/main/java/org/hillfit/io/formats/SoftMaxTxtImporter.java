/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.DecodedText;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.TextDecoding;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateMetadata;

/**
 * Molecular Devices SoftMax Pro text exports (export version 1.3): UTF-16LE with BOM or UTF-8, tab-separated, a
 * {@code ##BLOCKS= n} line, then {@code n} blocks each closed by {@code ~End}. Every {@code Plate:} block becomes a
 * plate named as in SoftMax Pro, with one raw channel per wavelength (named by the wavelength, e.g. "620" and "665",
 * with {@code emission_nm} set; "Luminescence" when all wavelengths are read) and per read for kinetic reads, plus
 * the calculated channel "Reduced" when the export includes reduced values. {@code Group:} and {@code Note:} blocks
 * are skipped. Well-scan and spectrum reads are refused with a message naming the header line.
 */
public final class SoftMaxTxtImporter implements PlateImporter {
    private static final Pattern BLOCKS = Pattern.compile("##BLOCKS=\\s*(\\d+)");

    @Override
    public String id() {
        return "softmax-txt";
    }

    @Override
    public String displayName() {
        return "Molecular Devices SoftMax Pro (TXT)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("txt");
    }

    @Override
    public String description() {
        return "SoftMax Pro plate sections (PlateFormat or TimeFormat, endpoint or kinetic), one channel per"
                + " wavelength, markers such as Range? kept as flags.";
    }

    @Override
    public double probe(ProbeSample sample) {
        String text = sample.text();
        String start = text.stripLeading();
        if (start.startsWith("##BLOCKS=")) {
            return 0.98;
        }
        boolean plate = text.contains("\nPlate:\t") || start.startsWith("Plate:\t");
        return plate && text.contains("~End") ? 0.9 : 0;
    }

    @Override
    public ImportResult read(Path file, ImportContext context) throws ImportException {
        DecodedText text = TextDecoding.decode(DelimitedTables.readBytes(file, context));
        TextTable table = DelimitedTables.parseUnquoted(file, text.text(), '\t', context);
        List<ImportProblem> problems = new ArrayList<>();
        List<Plate> plates = new ArrayList<>();
        int declared = -1;
        int blocks = 0;
        int r = 0;
        while (r < table.size()) {
            context.cancellation().throwIfCancelled();
            TextRow row = table.row(r);
            String first = row.stripped(0);
            Matcher m = BLOCKS.matcher(first);
            if (m.matches()) {
                declared = Integer.parseInt(m.group(1));
                r++;
            } else if (isBlockTitle(first)) {
                int end = endOf(table, r);
                if (first.startsWith("Plate:")) {
                    plates.add(readPlate(table, r, end, plates, problems));
                }
                blocks++;
                r = end + 1;
            } else {
                r++; // blank lines and the trailing "Original Filename: …; Date Last Saved: …" line
            }
        }
        if (declared >= 0 && blocks < declared) {
            throw new ImportException(
                    SourceLocation.line(file, 1),
                    "the file declares " + declared + " blocks (##BLOCKS) but holds " + blocks + "; is it truncated?");
        }
        if (plates.isEmpty()) {
            throw new ImportException(
                    SourceLocation.of(file), "no 'Plate:' section found; export the plate data from SoftMax Pro");
        }
        return new ImportResult(stampSaved(plates, table), problems);
    }

    private static boolean isBlockTitle(String first) {
        return first.startsWith("Plate:")
                || first.startsWith("Group:")
                || first.startsWith("Note:")
                || first.startsWith("Graph:")
                || first.startsWith("Cuvette:");
    }

    private static int endOf(TextTable table, int start) throws ImportException {
        for (int r = start + 1; r < table.size(); r++) {
            String first = table.row(r).stripped(0);
            if (first.equals("~End")) {
                return r;
            }
            if (first.startsWith("Plate:") && table.row(r).stripped(1).length() > 0 && r > start + 1) {
                break;
            }
        }
        TextRow title = table.row(start);
        throw new ImportException(
                table.locate(title),
                "the block '" + title.first() + "' has no closing '~End' line; is the file truncated?");
    }

    private static Plate readPlate(TextTable table, int start, int end, List<Plate> done, List<ImportProblem> problems)
            throws ImportException {
        TextRow headerRow = table.row(start);
        SoftMaxPlateHeader header = SoftMaxPlateHeader.parse(headerRow, table.locate(headerRow));
        String name = header.name().isEmpty() ? "Plate " + (done.size() + 1) : header.name();
        PlateBuilder plate = new PlateBuilder(
                ExportNames.unique(name, done.stream().map(Plate::name).toList()));
        header.format().ifPresent(plate::format);
        plate.metadata(PlateMetadata.SOFTWARE, "SoftMax Pro (export " + header.exportVersion() + ")");
        plate.metadata(
                PlateMetadata.READ_MODE,
                header.readMode() + " " + header.readType().toLowerCase(Locale.ROOT));
        SoftMaxPlateSection.read(table, start + 1, end, header, plate, problems);
        if (plate.isEmpty()) {
            throw new ImportException(table.locate(headerRow), "plate '" + name + "' has no data");
        }
        try {
            return plate.build();
        } catch (IllegalStateException e) {
            throw new ImportException(table.locate(headerRow), e.getMessage(), e);
        }
    }

    /** Adds the "Date Last Saved" of the file's last line, when present, to every plate. */
    private static List<Plate> stampSaved(List<Plate> plates, TextTable table) {
        for (int r = table.size() - 1; r >= 0 && r >= table.size() - 3; r--) {
            String line = String.join("\t", table.row(r).cells());
            int at = line.indexOf("Date Last Saved:");
            if (at >= 0) {
                String saved = line.substring(at + "Date Last Saved:".length()).strip();
                return plates.stream()
                        .map(p -> p.withMetadata("saved_at", saved))
                        .toList();
            }
        }
        return plates;
    }
}
