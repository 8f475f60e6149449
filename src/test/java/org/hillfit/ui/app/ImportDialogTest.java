/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hillfit.project.SessionPlate;
import org.hillfit.ui.UiFixtures;
import org.hillfit.ui.importing.FormatOption;
import org.hillfit.ui.importing.ImportDialog;
import org.hillfit.ui.importing.ImportFileRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dropped folder with two good exports, a broken one and the layout: the formats are recognised before import,
 * the broken file's error is shown on its row, and the good files are imported all the same.
 */
class ImportDialogTest extends WorkbenchTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void showsTheBrokenFilesErrorAndImportsTheOthers(FxRobot robot) throws Exception {
        Path plates = Files.createDirectories(home.resolve("plates"));
        for (String name : List.of("TYK2.matrix.csv", "JAK1.matrix.csv", "panel-layout.csv")) {
            Files.copy(UiFixtures.SAMPLES.resolve(name), plates.resolve(name));
        }
        Files.writeString(plates.resolve("JAK2.matrix.csv"), "Plate: JAK2-P1\nthe reader crashed here\n");

        ImportDialog dialog = WaitForAsyncUtils.asyncFx(
                        () -> workbench.importer().show(List.of(plates)))
                .get(10, TimeUnit.SECONDS);
        waitFor(() -> dialog.viewModel().rows().size() == 3
                && dialog.viewModel().rows().stream()
                        .noneMatch(r -> r.stateProperty().get() == ImportFileRow.State.DETECTING));
        ImportFileRow broken = row(dialog, "JAK2.matrix.csv");
        assertEquals(ImportFileRow.State.UNRECOGNISED, broken.stateProperty().get());
        assertEquals(
                "Generic plate matrix — read as generic grid",
                row(dialog, "TYK2.matrix.csv").detectedProperty().get());
        robot.interact(() -> {
            broken.includeProperty().set(true);
            broken.formatProperty()
                    .set(broken.formats().stream()
                            .filter(f -> f.id().equals("generic-matrix"))
                            .findFirst()
                            .orElse(new FormatOption("generic-matrix", "Generic plate matrix")));
        });

        robot.clickOn("#run-import");
        waitFor(() -> broken.stateProperty().get() == ImportFileRow.State.FAILED);
        waitFor(() -> workbench.model().current().isPresent());

        assertTrue(
                broken.messageProperty().get().contains("JAK2.matrix.csv"),
                broken.messageProperty().get());
        assertEquals(
                ImportFileRow.State.IMPORTED,
                row(dialog, "TYK2.matrix.csv").stateProperty().get());
        assertEquals(
                List.of("JAK1", "TYK2"),
                workbench.model().current().orElseThrow().plates().stream()
                        .map(SessionPlate::assay)
                        .toList());
        String status = robot.lookup("#import-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("2 of 3 files imported: 2 plates;"), status);
        assertTrue(dialog.stage().isShowing(), "the dialog stays open to show the error");
    }

    private static ImportFileRow row(ImportDialog dialog, String name) {
        return dialog.viewModel().rows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
