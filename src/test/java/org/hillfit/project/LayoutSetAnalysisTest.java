/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputSpec;
import org.hillfit.samples.PanelDesign;
import org.junit.jupiter.api.Test;

/** Plates take their layouts from a layout set by barcode or name. */
class LayoutSetAnalysisTest {
    private static final Path SAMPLES = Path.of("sample-plates");

    private static AnalysisResult run(LayoutSet layouts, String... targets) throws AnalysisException {
        List<InputSpec> inputs = java.util.Arrays.stream(targets)
                .map(t -> new InputSpec(SAMPLES.resolve(t + ".matrix.csv"), t, ImporterRegistry.AUTO))
                .toList();
        return new AnalysisPipeline(ImporterRegistry.builtIn())
                .run(inputs, layouts, "test", AnalysisSettings.DEFAULT, ProgressSink.NONE, CancellationToken.none());
    }

    /** The panel layout with one compound renamed, to see which layout a plate used. */
    private static PlateLayout renamed(String name) {
        Map<WellId, WellContent> wells =
                new LinkedHashMap<>(PanelDesign.layout().wells());
        wells.replaceAll((w, c) -> c.compound().filter("HF-001"::equals).isPresent()
                ? new WellContent(WellRole.SAMPLE, Optional.of(name), c.concentration())
                : c);
        return new PlateLayout(wells);
    }

    @Test
    void platesTakeTheirOwnLayoutByNameAndOthersTheSharedOne() throws Exception {
        LayoutSet set = new LayoutSet(Optional.of(PanelDesign.layout()), Map.of("jak1-p1", renamed("OWN")), List.of());
        AnalysisResult result = run(set, "TYK2", "JAK1");
        assertEquals("HF-001", result.plates().get(0).curves().get(0).compound());
        assertEquals("OWN", result.plates().get(1).curves().get(0).compound());
    }

    @Test
    void aPlateWithoutALayoutIsAnError() {
        LayoutSet set = new LayoutSet(Optional.empty(), Map.of("JAK1-P1", PanelDesign.layout()), List.of());
        AnalysisException e = assertThrows(AnalysisException.class, () -> run(set, "TYK2"));
        assertTrue(e.getMessage().contains("plate 'TYK2-P1' has no layout"), e.getMessage());
        assertTrue(e.getMessage().contains("[JAK1-P1]"), e.getMessage());
    }

    @Test
    void layoutsForPlatesThatWereNotImportedAreWarnings() throws Exception {
        LayoutSet set = new LayoutSet(
                Optional.of(PanelDesign.layout()), Map.of("BC-404", PanelDesign.layout()), List.of("from the layout"));
        AnalysisResult result = run(set, "TYK2");
        assertTrue(result.warnings().contains("from the layout"));
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("'BC-404' matched no imported plate")));
    }

    @Test
    void theAssaySummaryCoversEveryAssay() throws Exception {
        AnalysisResult result = run(LayoutSet.of(PanelDesign.layout()), "TYK2", "JAK1");
        assertEquals(
                List.of("TYK2", "JAK1"),
                result.assayQc().stream().map(q -> q.assay()).toList());
        assertEquals(1, result.assayQc().get(0).passed());
    }
}
