/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.analysis.ReferenceScaling;
import org.hillfit.analysis.WellMask;
import org.hillfit.fit.FourPlParameters;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.layout.LongLayoutReader;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellId;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.CurveFit;
import org.hillfit.result.PlateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mask edits and reference scaling on the sample panel's TYK2 plate. */
class PlateEditsTest {
    private static final Path SAMPLES = Path.of("sample-plates");
    private static final Instant WHEN = Instant.parse("2026-12-01T10:15:30Z");
    private static Plate tyk2;
    private static PlateLayout layout;

    @BeforeAll
    static void read() throws Exception {
        tyk2 = ImporterRegistry.builtIn()
                .read(SAMPLES.resolve("TYK2.matrix.csv"), ImporterRegistry.AUTO, ImportContext.defaults())
                .plates()
                .get(0);
        layout = LongLayoutReader.read(SAMPLES.resolve("panel-layout.csv"), ImportContext.defaults());
    }

    private static PlateResult analyze(AnalysisSettings settings) throws AnalysisException {
        return AnalysisPipeline.analyzePlate("TYK2", tyk2, layout, Map.of(), settings);
    }

    private static CurveFit curve(PlateResult plate, String compound) {
        return plate.curves().stream()
                .filter(c -> c.compound().equals(compound))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void maskingAndUnmaskingAWellRoundTrips() throws Exception {
        PlateResult original = analyze(AnalysisSettings.DEFAULT);
        WellMask mask = WellMask.byUser(WellId.parse("C05"), "tip touched the well", "ada", WHEN);
        PlateResult masked = reanalyze(original, Map.of(mask.well(), mask));

        CurveFit hf003 = curve(masked, "HF-003");
        assertTrue(hf003.flags().contains("user_masked:C05"), hf003.flags()::toString);
        assertEquals(1, hf003.result().pointsMasked());
        assertEquals(Map.of(mask.well(), mask), masked.normalized().userMasks());
        assertEquals("ada", masked.normalized().mask(mask.well()).orElseThrow().author());
        assertEquals(
                Optional.of(WHEN),
                masked.normalized().mask(mask.well()).orElseThrow().at());

        PlateResult unmasked = reanalyze(masked, Map.of());
        assertEquals(original.curves(), unmasked.curves());
        assertEquals(original.normalized(), unmasked.normalized());
    }

    @Test
    void maskingAControlRenormalisesThePlateAndFlagsEveryCurve() throws Exception {
        PlateResult original = analyze(AnalysisSettings.DEFAULT);
        WellMask mask = WellMask.byUser(WellId.parse("A01"), "", "ada", WHEN);
        PlateResult masked = reanalyze(original, Map.of(mask.well(), mask));
        assertEquals(
                original.normalized().qc().neutralCount() - 1,
                masked.normalized().qc().neutralCount());
        assertTrue(masked.curves().stream().allMatch(c -> c.flags().contains("control_user_masked:A01")));
    }

    /** The plate analysed again with these user masks: the unit of a refit after a mask edit. */
    private static PlateResult reanalyze(PlateResult plate, Map<WellId, WellMask> masks) throws Exception {
        return AnalysisPipeline.analyzePlate(
                plate.assay(), plate.plate(), plate.normalized().layout(), masks, AnalysisSettings.DEFAULT);
    }

    @Test
    void theReferenceCompoundsFittedAsymptotesBecomeZeroAndOneHundredPercent() throws Exception {
        AnalysisSettings settings = AnalysisSettings.DEFAULT.withNormalization(AnalysisSettings.DEFAULT
                .normalization()
                .withReference(Optional.of(new ReferenceScaling("HF-003", ReferenceScaling.Mode.FITTED))));
        PlateResult plate = analyze(settings);
        FourPlParameters reference =
                curve(plate, "HF-003").result().parameters().orElseThrow();
        assertEquals(100, reference.top(), 0.5);
        assertEquals(0, reference.bottom(), 0.5);
        assertTrue(plate.normalized().basis().contains("fitted bottom / top of reference 'HF-003'"));
        assertEquals(
                analyze(AnalysisSettings.DEFAULT).normalized().qc(),
                plate.normalized().qc());
    }

    @Test
    void aReferenceThatIsNotOnThePlateIsAnError() {
        AnalysisSettings settings = AnalysisSettings.DEFAULT.withNormalization(AnalysisSettings.DEFAULT
                .normalization()
                .withReference(Optional.of(new ReferenceScaling("NOPE", ReferenceScaling.Mode.FITTED))));
        AnalysisException e = assertThrows(AnalysisException.class, () -> analyze(settings));
        assertTrue(e.getMessage().contains("reference compound 'NOPE'"), e.getMessage());
    }

    @Test
    void aLayoutLargerThanThePlateIsAnError() {
        double[] values = new double[96];
        Plate small = new Plate(
                "P96",
                PlateFormat.WELLS_96,
                List.of(new Channel("Ratio", ChannelInfo.RAW, PlateFormat.WELLS_96, values, Map.of())),
                Map.of());
        AnalysisException e = assertThrows(
                AnalysisException.class,
                () -> AnalysisPipeline.analyzePlate("A", small, layout, Map.of(), AnalysisSettings.DEFAULT));
        assertTrue(
                e.getMessage().contains("plate 'P96': the layout has wells outside the 96-well plate (A13,"),
                e.getMessage());
        assertFalse(e.getMessage().contains("A12,"), e.getMessage());
    }
}
