/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.analysis.ControlOutlier;
import org.hillfit.analysis.DoseSeries;
import org.hillfit.analysis.DoseSeriesAssembler;
import org.hillfit.analysis.NormalizationException;
import org.hillfit.analysis.NormalizedPlate;
import org.hillfit.analysis.Normalizer;
import org.hillfit.analysis.QcVerdict;
import org.hillfit.analysis.Readout;
import org.hillfit.analysis.ReadoutException;
import org.hillfit.analysis.ReadoutSelector;
import org.hillfit.analysis.ReferenceScaling;
import org.hillfit.analysis.Statistics;
import org.hillfit.analysis.WellMask;
import org.hillfit.fit.BatchFitter;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.FourPlFitter;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.ImportResult;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.flow.FlowImportOptions;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.CurveFit;
import org.hillfit.result.InputRecord;
import org.hillfit.result.InputSpec;
import org.hillfit.result.PlateResult;

/**
 * The whole path from export files to fitted curves: import → layout per plate → readout → % inhibition and QC →
 * dose series → fits. Stateless; every call returns a new {@link AnalysisResult}. Mask edits re-analyse one plate
 * ({@link #withMask}, {@link #withoutMask}).
 */
public final class AnalysisPipeline {
    private final ImporterRegistry registry;
    private final ImportLimits limits;
    private final FlowImportOptions flowOptions;

    public AnalysisPipeline(ImporterRegistry registry) {
        this(registry, ImportLimits.DEFAULT, FlowImportOptions.DEFAULT);
    }

    /** A pipeline whose imports obey the given limits (file size, cells, line length). */
    public AnalysisPipeline(ImporterRegistry registry, ImportLimits limits) {
        this(registry, limits, FlowImportOptions.DEFAULT);
    }

    /**
     * A pipeline with flow-cytometry import options (readout parameter, gates); each run adds the layout's inhibitor
     * wells (unstimulated cells) as the negative controls that set the % positive threshold.
     */
    public AnalysisPipeline(ImporterRegistry registry, FlowImportOptions flowOptions) {
        this(registry, ImportLimits.DEFAULT, flowOptions);
    }

    /** A pipeline with import limits and flow-cytometry options. */
    public AnalysisPipeline(ImporterRegistry registry, ImportLimits limits, FlowImportOptions flowOptions) {
        this.registry = registry;
        this.limits = limits;
        this.flowOptions = flowOptions;
    }

    /**
     * Runs the analysis with one layout for every plate.
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
        return run(inputs, LayoutSet.of(layout), layoutSource, settings, progress, cancellation);
    }

    /**
     * Runs the analysis; each plate takes its layout from the set (by barcode, then name, then the shared layout).
     * The set's warnings, layouts that matched no plate, QC failures and control outliers become result warnings.
     *
     * @throws AnalysisException naming the file or plate when an input cannot be imported, a plate has no layout or
     *     layout wells outside it, or a plate cannot be normalised
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public AnalysisResult run(
            List<InputSpec> inputs,
            LayoutSet layouts,
            String layoutSource,
            AnalysisSettings settings,
            ProgressSink progress,
            CancellationToken cancellation)
            throws AnalysisException {
        List<PlateResult> plates = new ArrayList<>();
        List<String> warnings = new ArrayList<>(layouts.warnings());
        List<InputRecord> records = new ArrayList<>();
        ImportContext context = importContext(layouts, cancellation);
        int done = 0;
        for (InputSpec input : inputs) {
            cancellation.throwIfCancelled();
            progress.report("Reading " + input.path().getFileName(), done, inputs.size());
            ImportedInput imported = read(input, context);
            warnings.addAll(imported.warnings());
            records.add(imported.record());
            for (Plate plate : imported.plates()) {
                cancellation.throwIfCancelled();
                PlateResult result =
                        analyzePlate(input.assay(), plate, layoutFor(plate, layouts), Map.of(), settings, cancellation);
                warnings.addAll(qcWarnings(result));
                plates.add(result);
            }
            progress.report("Analysed " + input.path().getFileName(), ++done, inputs.size());
        }
        warnings.addAll(unusedLayouts(layouts, plates, layoutSource));
        return new AnalysisResult(records, layoutSource, settings, plates, warnings);
    }

    /** The import context of a run: default limits, and flow options whose negative controls come from the layouts. */
    ImportContext importContext(LayoutSet layouts, CancellationToken cancellation) {
        return new ImportContext(limits, cancellation)
                .withFlow(flowOptions.withNegativeControls(negativeControls(layouts)));
    }

    /**
     * The unstimulated wells that set a flow plate's positivity threshold: the inhibitor wells of the shared layout,
     * or of every per-plate layout when there is no shared one.
     */
    private static java.util.Set<WellId> negativeControls(LayoutSet layouts) {
        java.util.Set<WellId> wells = new java.util.TreeSet<>();
        layouts.shared()
                .ifPresentOrElse(
                        shared -> wells.addAll(shared.wellsWithRole(WellRole.INHIBITOR)), () -> layouts.byPlate()
                                .values()
                                .forEach(l -> wells.addAll(l.wellsWithRole(WellRole.INHIBITOR))));
        return wells;
    }

    /**
     * Imports one input and records its provenance (size, SHA-256, importer): the first half of {@link #run}, used
     * by sessions that keep the parsed plates.
     *
     * @throws AnalysisException naming the file when it cannot be imported or hashed
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public ImportedInput read(InputSpec input, ImportContext context) throws AnalysisException {
        ImportResult imported;
        try {
            imported = registry.read(input.path(), input.format(), context);
        } catch (ImportException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
        List<String> warnings =
                imported.problems().stream().map(Object::toString).toList();
        return new ImportedInput(record(input, imported), imported.plates(), warnings);
    }

    /**
     * Analyses one imported plate with the given masks, not cancellable: the unit an interactive refit repeats.
     *
     * @param masks the users' masks (rule masks are derived again)
     * @throws AnalysisException when the layout does not fit the plate, or the readout or the normalisation is
     *     impossible for this plate
     */
    public static PlateResult analyzePlate(
            String assay, Plate plate, PlateLayout layout, Map<WellId, WellMask> masks, AnalysisSettings settings)
            throws AnalysisException {
        return analyzePlate(assay, plate, layout, masks, settings, CancellationToken.none());
    }

    /**
     * Analyses one imported plate with the given masks, its curves fitted on all cores ({@link BatchFitter}: the
     * same results as one thread, in the same order).
     *
     * @param masks the users' masks (rule masks are derived again)
     * @throws AnalysisException when the layout does not fit the plate, or the readout or the normalisation is
     *     impossible for this plate
     * @throws java.util.concurrent.CancellationException when cancelled (checked before each curve)
     */
    public static PlateResult analyzePlate(
            String assay,
            Plate plate,
            PlateLayout layout,
            Map<WellId, WellMask> masks,
            AnalysisSettings settings,
            CancellationToken cancellation)
            throws AnalysisException {
        return analyzePlate(assay, plate, layout, masks, settings, Map.of(), cancellation);
    }

    /**
     * Analyses one imported plate, reusing the fits of curves whose data are unchanged: a mask on one sample well
     * refits one curve, not the plate. The fitter is deterministic, so a reused fit is the fit it would give.
     *
     * @param known fits made with {@code settings.fit()}, by their exact input; others are fitted
     */
    static PlateResult analyzePlate(
            String assay,
            Plate plate,
            PlateLayout layout,
            Map<WellId, WellMask> masks,
            AnalysisSettings settings,
            Map<CurveData, CurveResult> known,
            CancellationToken cancellation)
            throws AnalysisException {
        String where = describe(plate);
        checkFits(plate, layout, where);
        try {
            Readout readout = ReadoutSelector.select(plate, layout, settings.readout());
            NormalizedPlate normalized =
                    Normalizer.normalize(plate.name(), readout, layout, masks, settings.normalization());
            FourPlFitter fitter = FourPlFitter.create().withOptions(settings.fit());
            Optional<ReferenceScaling> reference = settings.normalization().reference();
            if (reference.isPresent() && reference.get().mode() == ReferenceScaling.Mode.FITTED) {
                normalized = ReferenceFit.apply(normalized, reference.get(), fitter, where);
            }
            boolean failed = normalized.qc().verdict() == QcVerdict.FAIL;
            List<String> plateFlags = controlFlags(normalized);
            List<DoseSeries> series = DoseSeriesAssembler.assemble(normalized);
            List<CurveResult> fits =
                    fitUnknown(fitter, series.stream().map(CurveFit::curveData).toList(), known, cancellation);
            List<CurveFit> curves = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                curves.add(new CurveFit(assay, plate.name(), series.get(i), fits.get(i), failed, plateFlags));
            }
            return new PlateResult(assay, plate, normalized, curves);
        } catch (ReadoutException | NormalizationException e) {
            throw new AnalysisException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<CurveResult> fitUnknown(
            FourPlFitter fitter, List<CurveData> data, Map<CurveData, CurveResult> known, CancellationToken cancel) {
        List<CurveData> unknown =
                data.stream().filter(d -> !known.containsKey(d)).distinct().toList();
        Map<CurveData, CurveResult> fitted = new HashMap<>(known);
        List<CurveResult> fits = BatchFitter.of(fitter).fitAll(unknown, ProgressSink.NONE, cancel);
        for (int i = 0; i < unknown.size(); i++) {
            fitted.put(unknown.get(i), fits.get(i));
        }
        return data.stream().map(fitted::get).toList();
    }

    static PlateLayout layoutFor(Plate plate, LayoutSet layouts) throws AnalysisException {
        return layouts.forPlate(plate)
                .orElseThrow(() -> new AnalysisException(describe(plate)
                        + plate.metadata(PlateMetadata.BARCODE)
                                .map(b -> " (barcode " + b + ")")
                                .orElse("")
                        + " has no layout: the layout gives layouts for plates "
                        + layouts.byPlate().keySet()
                        + " and none for every plate"));
    }

    private static void checkFits(Plate plate, PlateLayout layout, String where) throws AnalysisException {
        List<WellId> outside = layout.wellsOutside(plate.format());
        if (!outside.isEmpty()) {
            throw new AnalysisException(where + ": the layout has wells outside the " + plate.format() + " plate ("
                    + String.join(
                            ", ", outside.stream().limit(5).map(WellId::label).toList())
                    + (outside.size() > 5 ? ", …" : "") + "); expected rows A–"
                    + WellId.rowLabel(plate.format().rows() - 1)
                    + " and columns 1–" + plate.format().columns());
        }
    }

    /** "control_outlier_masked:A01", "control_user_masked:P23", "control_overflow:B01" for masked control wells. */
    private static List<String> controlFlags(NormalizedPlate normalized) {
        List<String> flags = new ArrayList<>();
        java.util.Set<WellId> neutral = normalized.neutralGroup();
        normalized.masks().forEach((well, mask) -> {
            WellRole role = normalized.layout().content(well).role();
            boolean control = role == WellRole.INHIBITOR || role == WellRole.BLANK || neutral.contains(well);
            if (control) {
                flags.add("control_" + mask.flagSlug() + ":" + well);
            }
        });
        return flags;
    }

    private static List<String> qcWarnings(PlateResult result) {
        List<String> warnings = new ArrayList<>();
        String where = describe(result.plate());
        var qc = result.normalized().qc();
        if (qc.verdict() == QcVerdict.FAIL) {
            warnings.add(where + ": plate QC failed (Z' = " + Statistics.format(qc.zPrime())
                    + "); its curves are flagged plate_qc_failed");
        }
        for (ControlOutlier o : qc.controlOutliers()) {
            warnings.add(where + ", well " + o.well() + ": " + o.role().slug() + " control outlier (robust z "
                    + Statistics.format(o.robustZ()) + ")" + (o.masked() ? ", masked" : ", flagged, still used"));
        }
        return warnings;
    }

    private static List<String> unusedLayouts(LayoutSet layouts, List<PlateResult> plates, String source) {
        List<String> warnings = new ArrayList<>();
        for (String key : layouts.byPlate().keySet()) {
            LayoutSet single = new LayoutSet(
                    Optional.empty(), Map.of(key, layouts.byPlate().get(key)), List.of());
            if (plates.stream().noneMatch(p -> single.hasOwnLayout(p.plate()))) {
                warnings.add(source + ": the layout for plate '" + key + "' matched no imported plate");
            }
        }
        return warnings;
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
        return plate.metadata(PlateMetadata.SOURCE_FILE)
                .map(f -> java.nio.file.Path.of(f).getFileName() + ", plate '" + plate.name() + "'")
                .orElse("plate '" + plate.name() + "'");
    }
}
