/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workbench in a Monocle stage with its own settings folder and scripted file choosers, closed after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WorkbenchTestBase {
    @TempDir
    static Path home;

    WorkbenchServices services;
    Workbench workbench;

    /** Shows the workbench; call it from the subclass's {@code @Start} method (TestFX looks no further). */
    void open(Stage stage) {
        services = WorkbenchServices.create(home.resolve("hillfit"));
        workbench = Workbench.show(stage, services, new ScriptedDialogs(), List.of());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.stage().close()).get(10, TimeUnit.SECONDS);
        services.shutdown();
    }

    /** Waits (up to 30 s) until the condition holds, then for the FX events it caused. */
    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
