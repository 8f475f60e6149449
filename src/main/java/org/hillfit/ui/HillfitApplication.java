/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.ui.task.FxJobRunner;

/** The composition root of the workbench: builds the services once and hands them to the main window. */
public final class HillfitApplication extends Application {

    @Override
    public void start(Stage stage) {
        AnalysisPipeline pipeline = new AnalysisPipeline(ImporterRegistry.builtIn());
        MainWindow window = new MainWindow(pipeline, new FxJobRunner());
        Scene scene = new Scene(window.root(), 1200, 760);
        stage.setTitle("Hillfit");
        stage.setScene(scene);
        stage.show();
        window.openBundledSample();
    }
}
