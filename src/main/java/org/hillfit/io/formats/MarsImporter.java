/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.TableFiles;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellId;

/**
 * BMG LABTECH exports (PHERAstar, CLARIOstar, … via MARS or the reader software; SMART Control workbooks): CSV, TXT
 * or XLSX, one plate per file.
 *
 * <p>The header ({@code User:}, {@code Path:}, {@code Test run no.:}, {@code Test name:}, {@code Date:},
 * {@code Time:}, {@code ID1}–{@code ID3}, the measurement-mode line) becomes plate metadata; the plate is named by
 * ID1 (else the file name). Each {@code Raw Data (<ex>/<em> <n>)} matrix is a raw channel named {@code <ex>/<em> <n>}
 * with its wavelengths (TR-FRET: {@code 337/665 1} acceptor, {@code 337/620 2} donor); other titled matrices are
 * calculated channels. Matrices have 12, 24 or 48 unpadded columns; 1536-well rows run A–Z then a–f. Table views
 * ({@code Well, Content, Raw Data (…)}) give one line per well. Content codes (from a table view's Content column or
 * a SMART Control layout) are kept as {@link PlateMetadata#WELL_CONTENT}, since they are text, not readings.
 */
public final class MarsImporter implements PlateImporter {

    @Override
    public String id() {
        return "mars";
    }

    @Override
    public String displayName() {
        return "BMG LABTECH MARS / SMART Control";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "txt", "xlsx");
    }

    @Override
    public String description() {
        return "BMG LABTECH PHERAstar/CLARIOstar exports: header, Raw Data (ex/em) matrices or a Well/Content table,"
                + " calculated blocks.";
    }

    @Override
    public double probe(ProbeSample sample) {
        String text = sample.text().toLowerCase(Locale.ROOT);
        boolean testKey = containsAtLineStartOrCell(text, "test name:")
                || containsAtLineStartOrCell(text, "test run no.:")
                || containsAtLineStartOrCell(text, "test id:");
        int keys = 0;
        for (String key : List.of("user:", "path:", "date:", "time:", "id1:")) {
            if (containsAtLineStartOrCell(text, key)) {
                keys++;
            }
        }
        boolean rawData = text.contains("raw data");
        boolean bmg = text.contains("\\bmg\\") || text.contains("bmg labtech");
        if (testKey && (rawData || bmg)) {
            return 0.95;
        }
        if (keys >= 3 && rawData) {
            return 0.9;
        }
        return testKey && keys >= 3 ? 0.6 : 0;
    }

    private static boolean containsAtLineStartOrCell(String text, String key) {
        int at = text.indexOf(key);
        while (at >= 0) {
            char before = at == 0 ? '\n' : text.charAt(at - 1);
            if (before == '\n' || before == '\r' || before == ',' || before == ';' || before == '\t' || before == '"') {
                return true;
            }
            at = text.indexOf(key, at + 1);
        }
        return false;
    }

    @Override
    public ImportResult read(Path file, ImportContext context) throws ImportException {
        List<TextTable> tables = TableFiles.read(file, context);
        context.cancellation().throwIfCancelled();
        MarsHeader header = new MarsHeader();
        for (TextTable table : tables) {
            int dataStart = MarsGrids.dataStart(table);
            for (int r = 0; r < dataStart; r++) {
                header.add(table.row(r));
            }
        }
        PlateBuilder plate = new PlateBuilder(header.plateName().orElse(ExportNames.baseName(file)));
        Map<WellId, String> content = new TreeMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        MarsGrids grids = new MarsGrids(plate, content, problems, header.gain());
        for (TextTable table : tables) {
            grids.read(table);
        }
        if (plate.isEmpty()) {
            throw new ImportException(
                    tables.isEmpty() ? SourceLocation.of(file) : tables.get(0).location(),
                    "no BMG readings found: expected a 'Raw Data (…)' title above a line of column numbers 1, 2, 3 …"
                            + " and lines starting with row letters, or a table with Well and Raw Data columns");
        }
        header.writeTo(plate);
        plate.metadata(
                PlateMetadata.WELL_CONTENT,
                content.entrySet().stream()
                        .map(e -> e.getKey().label() + "=" + e.getValue())
                        .collect(Collectors.joining(";")));
        return new ImportResult(List.of(plate.build()), problems);
    }
}
