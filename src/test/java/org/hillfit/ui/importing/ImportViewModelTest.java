/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImporterRegistry;
import org.junit.jupiter.api.Test;

/** The import dialog's state: assay names from file names, the layout found among the files, when it can start. */
class ImportViewModelTest {
    private static final Path TYK2 = Path.of("plates", "TYK2.envision.csv");
    private static final Path JAK1 = Path.of("plates", "JAK1.mars.csv");
    private static final Path LAYOUT = Path.of("plates", "panel-layout.csv");

    @Test
    void namesAssaysAfterTheFileNameUpToTheFirstDot() {
        ImportViewModel model = new ImportViewModel();
        model.add(new DroppedFiles(List.of(TYK2, JAK1), List.of(), List.of()));

        assertEquals(
                List.of("TYK2", "JAK1"),
                model.rows().stream().map(r -> r.assayProperty().get()).toList());
    }

    @Test
    void takesTheLayoutAmongTheFilesAndThenCanStart() {
        ImportViewModel model = new ImportViewModel();
        assertTrue(model.problemProperty().get().contains("Add export files"));

        model.add(new DroppedFiles(List.of(TYK2), List.of(), List.of()));
        assertTrue(
                model.problemProperty().get().contains("layout"),
                model.problemProperty().get());
        model.add(new DroppedFiles(List.of(TYK2), List.of(LAYOUT), List.of()));

        assertEquals("", model.problemProperty().get());
        assertEquals(1, model.rows().size(), "a file added twice is listed once");
        ImportPlan plan = model.plan().orElseThrow();
        assertEquals(new LayoutSpec.FromFile(LAYOUT), plan.layout());
        assertEquals(ImporterRegistry.AUTO, plan.inputs().get(0).format());
    }

    @Test
    void anUnrecognisedFileIsLeftOutUntilAFormatIsChosen() {
        ImportViewModel model = new ImportViewModel();
        model.add(new DroppedFiles(List.of(TYK2, JAK1), List.of(LAYOUT), List.of()));
        ImportFileRow jak1 = model.rows().get(1);
        jak1.detected(new FormatDetection.Result(
                List.of(ImportFileRow.AUTO, new FormatOption("mars", "BMG MARS")), "Not recognised", "", false));

        assertEquals(
                List.of(TYK2),
                model.plan().orElseThrow().inputs().stream().map(i -> i.path()).toList());

        jak1.includeProperty().set(true);
        jak1.formatProperty().set(new FormatOption("mars", "BMG MARS"));
        assertEquals("mars", model.plan().orElseThrow().inputs().get(1).format());
    }

    @Test
    void anEditedAssayNameIsUsed() {
        ImportViewModel model = new ImportViewModel();
        model.add(new DroppedFiles(List.of(TYK2), List.of(LAYOUT), List.of()));
        model.rows().get(0).assayProperty().set("TYK2 (JH1)");

        assertEquals("TYK2 (JH1)", model.plan().orElseThrow().inputs().get(0).assay());
    }
}
