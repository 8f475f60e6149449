/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench opens the bundled sample and lists its curves. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchSmokeTest {

    @Start
    void start(Stage stage) throws Exception {
        new HillfitApplication().start(stage);
    }

    @Test
    void showsTheSampleCurves(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 64);
        assertEquals(64, table.getItems().size());
    }
}
