/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui;

import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.hillfit.io.ImportContext;
import org.hillfit.io.layout.LongLayoutReader;
import org.hillfit.plate.PlateLayout;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.project.BundledSample;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputSpec;
import org.hillfit.ui.task.FxJobRunner;

/** The workbench window: the IC50 table and a status bar. */
final class MainWindow {
    private final AnalysisPipeline pipeline;
    private final FxJobRunner jobs;
    private final BorderPane root = new BorderPane();
    private final ResultsTable table = new ResultsTable();
    private final Label status = new Label("Ready");
    private final ProgressBar progress = new ProgressBar(0);

    MainWindow(AnalysisPipeline pipeline, FxJobRunner jobs) {
        this.pipeline = pipeline;
        this.jobs = jobs;
        progress.setVisible(false);
        HBox statusBar = new HBox(12, progress, status);
        statusBar.setPadding(new Insets(4, 8, 4, 8));
        root.setCenter(table.node());
        root.setBottom(statusBar);
    }

    Parent root() {
        return root;
    }

    /** Loads and analyses the sample panel in the background. */
    void openBundledSample() {
        Task<AnalysisResult> task = jobs.submit(
                "Opening the sample panel",
                (sink, token) -> {
                    BundledSample sample = BundledSample.extract();
                    PlateLayout layout = LongLayoutReader.read(sample.layout(), ImportContext.defaults());
                    List<InputSpec> inputs = sample.inputs().stream()
                            .map(p -> new InputSpec(p, InputSpec.defaultAssay(p), "auto"))
                            .toList();
                    return pipeline.run(
                            inputs, layout, sample.layout().toString(), AnalysisSettings.DEFAULT, sink, token);
                },
                result -> {
                    table.show(result.curves());
                    finish(result.plates().size() + " plates, "
                            + result.curves().size() + " curves (bundled sample)");
                },
                message -> finish("Could not open the sample: " + message));
        status.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
    }

    private void finish(String text) {
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.setVisible(false);
        status.setText(text);
    }
}
