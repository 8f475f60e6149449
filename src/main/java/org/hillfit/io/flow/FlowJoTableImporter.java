/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportResult;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.io.table.DecodedText;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.TextTable;

/**
 * FlowJo table exports (CSV from FlowJo 10, tab-separated text from FlowJo 9): one row per sample, named by its FCS
 * file ({@code Specimen_001_A1_A01.fcs}, {@code 1: Specimen_003_B3_B03.fcs}), one column per statistic ({@code
 * Cells/Single Cells/pSTAT4+ | Freq. of Parent}, {@code … | Median (Comp-PE-A :: pSTAT4)}) and optional keyword
 * columns ({@code $WELLID}, {@code WELL ID}, {@code $PLATENAME}). Each statistic becomes a channel named by its
 * column header, so {@code --readout} can name a column or a unique part of it ("Median", "Freq. of Parent"). The
 * well comes from a well keyword column, else from the sample name; rows of different {@code $PLATENAME}s become
 * different plates. FlowJo's summary rows (Mean, SD, StdDev …) are dropped; {@code n/a} becomes a marker. The
 * channels are plain (RAW) columns: {@code --readout auto} takes the one median column (the MFI), and asks the user
 * to name one when there are several.
 */
public final class FlowJoTableImporter implements PlateImporter {
    private static final Pattern STATISTIC = Pattern.compile(
            "(\\| *|,)(Freq\\. of|Count|Median|Mean|Geom\\. Mean|CV|Robust|SD|Mode|Percentile|Median Abs)");
    private static final Pattern SAMPLE = Pattern.compile("(?m)^(\\d+: *)?[^\\t,\\r\\n]+\\.(fcs|FCS|lmd|LMD)\\b");

    @Override
    public String id() {
        return "flowjo-table";
    }

    @Override
    public String displayName() {
        return "FlowJo table export (CSV/TSV)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "tsv", "txt");
    }

    @Override
    public String description() {
        return "One row per FCS sample and one column per gate statistic (Freq. of Parent, Median …), wells from"
                + " $WELLID or the sample name.";
    }

    @Override
    public double probe(ProbeSample sample) {
        if (sample.isDirectory() || sample.isWorkbook()) {
            return 0;
        }
        String text = sample.text();
        String header = text.strip().split("\\R", 2)[0];
        boolean statistics = STATISTIC.matcher(header).find();
        boolean samples = SAMPLE.matcher(text.replace('\r', '\n')).find();
        if (statistics && samples) {
            return 0.9;
        }
        return statistics ? 0.6 : 0;
    }

    @Override
    public ImportResult read(Path file, ImportContext context) throws ImportException {
        DecodedText text = FlowJoText.decode(DelimitedTables.readBytes(file, context));
        TextTable table =
                DelimitedTables.parse(file, text.text(), DelimitedTables.detectDelimiter(text.text()), context);
        return new FlowJoTable(table).read();
    }
}
