/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportResult;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.io.SourceLocation;

/**
 * A plate of FCS files (one file per well, as a plate loader writes them) given as a folder, a zip archive or a
 * single file, read into one plate of per-well statistics: {@value FlowChannels#EVENTS}, {@value
 * FlowChannels#GATED_EVENTS}, and the median, mean and % positive of the readout in the cells → singlets gate (see
 * {@link FlowImportOptions} for the readout, controls and gates, taken from the {@link ImportContext}).
 */
public final class FcsPlateImporter implements PlateImporter {

    @Override
    public String id() {
        return "fcs";
    }

    @Override
    public String displayName() {
        return "Flow cytometry FCS files (folder, zip or file)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("fcs", "lmd", "zip");
    }

    @Override
    public String description() {
        return "A folder or zip of FCS 2.0–3.2 files, one per well: gated per-well event counts, median, mean and"
                + " % positive of the readout (e.g. pSTAT4).";
    }

    @Override
    public double probe(ProbeSample sample) {
        if (sample.isDirectory() || sample.isWorkbook()) {
            List<String> entries = sample.entries();
            long fcs = entries.stream().filter(FcsPlateInputs::hasFcsExtension).count();
            if (fcs == 0) {
                return 0;
            }
            return fcs * 2 >= entries.size() ? 0.95 : 0.8;
        }
        return FcsReader.looksLikeFcs(sample.head()) ? 0.99 : 0;
    }

    @Override
    public ImportResult read(Path file, ImportContext context) throws ImportException {
        try (FcsPlateInputs inputs = FcsPlateInputs.open(file, context.limits())) {
            return new FlowPlateReader(inputs, context).read();
        } catch (IOException e) {
            throw new ImportException(SourceLocation.of(file), "cannot close the archive (" + e.getMessage() + ")", e);
        }
    }
}
