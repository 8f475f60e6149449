/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hillfit.analysis.DoseSeries;
import org.hillfit.analysis.DoseSeriesAssembler;
import org.hillfit.analysis.NormalizationException;
import org.hillfit.analysis.NormalizedPlate;
import org.hillfit.analysis.Normalizer;
import org.hillfit.analysis.QcVerdict;
import org.hillfit.analysis.Readout;
import org.hillfit.analysis.ReadoutException;
import org.hillfit.analysis.ReadoutSelector;
import org.hillfit.fit.FourPlFitter;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportResult;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellId;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.CurveFit;
import org.hillfit.result.InputRecord;
import org.hillfit.result.InputSpec;
import org.hillfit.result.PlateResult;

/**
 * The whole path from export files to fitted curves: import → readout → % inhibition and QC → dose series → fits.
 * Stateless; every call returns a new {@link AnalysisResult}.
 */
public final class AnalysisPipeline {
    private final ImporterRegistry registry;
    private final org.hillfit.io.ImportLimits limits;

    public AnalysisPipeline(ImporterRegistry registry) {
        this(registry, org.hillfit.io.ImportLimits.DEFAULT);
    }

    /** A pipeline whose imports obey the given limits (file size, cells, line length). */
    public AnalysisPipeline(ImporterRegistry registry, org.hillfit.io.ImportLimits limits) {
        this.registry = registry;
        this.limits = limits;
    }

    /**
     * Runs the analysis.
     *
     * @throws AnalysisException naming the file or plate when an input cannot be imported or normalised
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public AnalysisResult run(
            List<InputSpec> inputs,
            PlateLayout layout,
            String layoutSource,
            AnalysisSettings settings,
            ProgressSink progress,
            CancellationToken cancellation)
            throws AnalysisException {
        List<PlateResult> plates = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<InputRecord> records = new ArrayList<>();
        ImportContext context = new ImportContext(limits, cancellation);
        int done = 0;
        for (InputSpec input : inputs) {
            cancellation.throwIfCancelled();
            progress.report("Reading " + input.path().getFileName(), done, inputs.size());
            ImportResult imported;
            try {
                imported = registry.read(input.path(), input.format(), context);
            } catch (ImportException e) {
                throw new AnalysisException(e.getMessage(), e);
            }
            imported.problems().forEach(p -> warnings.add(p.toString()));
            records.add(record(input, imported));
            for (Plate plate : imported.plates()) {
                cancellation.throwIfCancelled();
                plates.add(analyzePlate(input.assay(), plate, layout, Map.of(), settings));
            }
            progress.report("Analysed " + input.path().getFileName(), ++done, inputs.size());
        }
        return new AnalysisResult(records, layoutSource, settings, plates, warnings);
    }

    /**
     * Analyses one imported plate with the given masks: the unit an interactive refit repeats.
     *
     * @throws AnalysisException when the readout or the normalisation is impossible for this plate
     */
    public static PlateResult analyzePlate(
            String assay,
            Plate plate,
            PlateLayout layout,
            Map<WellId, org.hillfit.analysis.WellMask> masks,
            AnalysisSettings settings)
            throws AnalysisException {
        String where = describe(plate);
        try {
            Readout readout = ReadoutSelector.select(plate, layout, settings.readout());
            NormalizedPlate normalized =
                    Normalizer.normalize(plate.name(), readout, layout, masks, settings.normalization());
            FourPlFitter fitter = FourPlFitter.create().withOptions(settings.fit());
            boolean failed = normalized.qc().verdict() == QcVerdict.FAIL;
            List<CurveFit> curves = new ArrayList<>();
            for (DoseSeries series : DoseSeriesAssembler.assemble(normalized)) {
                curves.add(new CurveFit(assay, plate.name(), series, fitter.fit(CurveFit.curveData(series)), failed));
            }
            return new PlateResult(assay, plate, normalized, curves);
        } catch (ReadoutException | NormalizationException e) {
            throw new AnalysisException(where + ": " + e.getMessage(), e);
        }
    }

    private static InputRecord record(InputSpec input, ImportResult imported) throws AnalysisException {
        String format = imported.plates().get(0).metadata(PlateMetadata.FORMAT).orElse(input.format());
        try {
            Object[] hash = ContentHash.of(input.path());
            return new InputRecord(input.path(), input.assay(), format, (Long) hash[0], (String) hash[1]);
        } catch (IOException e) {
            throw new AnalysisException(
                    input.path() + ": cannot read the file to record its checksum (" + e.getMessage() + ")", e);
        }
    }

    private static String describe(Plate plate) {
        return plate.metadata(org.hillfit.plate.PlateMetadata.SOURCE_FILE)
                .map(f -> java.nio.file.Path.of(f).getFileName() + ", plate '" + plate.name() + "'")
                .orElse("plate '" + plate.name() + "'");
    }
}
