/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.hillfit.project.AnalysisSession;
import org.hillfit.result.CurveFit;
import org.hillfit.ui.UiFixtures;
import org.hillfit.ui.importing.ImportDialog;
import org.hillfit.ui.importing.ImportFileRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pSTAT4 flow plate of {@code sample-plates/pstat4}: its folder of 96 FCS files and its layout, given to the
 * import dialog, are one flow plate, recognised as FCS, imported with the default readout and shown as ten curves.
 */
class FlowImportTest extends WorkbenchTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aFolderOfFcsFilesIsOnePlateWithItsCurves(FxRobot robot) throws Exception {
        Path flow = UiFixtures.SAMPLES.resolve("pstat4");
        ImportDialog dialog = WaitForAsyncUtils.asyncFx(
                        () -> workbench.importer().show(List.of(flow.resolve("fcs"), flow.resolve("layout.csv"))))
                .get(10, TimeUnit.SECONDS);
        waitFor(() -> dialog.viewModel().rows().size() == 1
                && dialog.viewModel().rows().get(0).stateProperty().get() != ImportFileRow.State.DETECTING);
        ImportFileRow row = dialog.viewModel().rows().get(0);
        assertEquals(
                ImportFileRow.State.READY,
                row.stateProperty().get(),
                row.detectedProperty().get());

        robot.clickOn("#run-import");
        waitFor(() -> workbench.model().current().isPresent());

        AnalysisSession session = workbench.model().current().orElseThrow();
        assertEquals(1, session.plates().size());
        List<CurveFit> curves = session.result().curves();
        assertEquals(10, curves.size());
        CurveFit hf001 = curves.get(0);
        assertEquals("HF-001", hf001.compound());
        // true IC50 25 nM (sample-plates/pstat4/README.md); the CLI gives 27.1 nM by median MFI
        assertEquals(27.1, hf001.result().ic50Molar().orElseThrow() * 1e9, 0.5);
        waitFor(() -> workbench.curves().galleryModel().visibleProperty().get().size() == 10);
        assertTrue(workbench.model().selectedItem().isPresent(), "the first curve is shown in detail");
    }
}
