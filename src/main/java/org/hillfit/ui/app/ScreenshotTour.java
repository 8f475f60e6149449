/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.project.BundledSample;
import org.hillfit.project.CurveKey;
import org.hillfit.ui.importing.ImportDialog;
import org.hillfit.ui.importing.ImportFileRow;
import org.hillfit.ui.importing.ImportViewModel;
import org.hillfit.ui.notes.NoteText;
import org.hillfit.ui.plate.LayoutEditDialog;
import org.hillfit.ui.session.CurveItem;
import org.hillfit.ui.session.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the documentation's screenshots deterministically: with {@code -Dhillfit.screenshot.dir=FOLDER} the
 * workbench saves its start screen, the import dialog over the sample files, then opens the sample panel, masks one
 * point and saves each page ({@code scene.snapshot}) and the layout dialog as a PNG in FOLDER; from a source checkout it then imports the
 * pSTAT4 flow plate and the six TYK2 runs of {@code sample-plates/} (HF-003 marked as the reference) for the flow,
 * Reference and Replicates pictures, and exits. Run it under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" java -Dhillfit.screenshot.dir=docs/screenshots -jar target/hillfit.jar}.
 */
public final class ScreenshotTour {
    /** The system property that starts the tour. */
    public static final String PROPERTY = "hillfit.screenshot.dir";

    private static final Logger LOGGER = LoggerFactory.getLogger(ScreenshotTour.class);
    private static final Duration TICK = Duration.millis(150);
    private static final int PATIENCE = 300;
    /** The sample plates of a source checkout (the tour runs from its root). */
    private static final Path SAMPLES = Path.of("sample-plates");

    /** Waits until {@code ready}, then acts. */
    private record Step(String name, BooleanSupplier ready, Runnable action) {}

    private final Workbench workbench;
    private final Path folder;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final Timeline timer = new Timeline();
    private final List<Path> samples = new ArrayList<>();
    private ImportDialog dialog;
    private Optional<LayoutEditDialog> layoutEdit = Optional.empty();
    private int waited;
    private long settleUntil;

    public ScreenshotTour(Workbench workbench, Path folder) {
        this.workbench = workbench;
        this.folder = folder;
    }

    /** Starts the tour on the FX thread. */
    public void start() {
        plan();
        timer.getKeyFrames().add(new KeyFrame(TICK, e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    private void plan() {
        step(
                "start screen",
                () -> true,
                () -> snap("01-start.png", workbench.stage().getScene()));
        step("sample files", () -> true, this::openImportDialog);
        step("import dialog", this::detected, () -> {
            snap("02-import.png", dialog.stage().getScene());
            dialog.viewModel().layoutModeProperty().set(ImportViewModel.LayoutMode.RULE);
        });
        step("dilution rule", this::settledDialog, () -> {
            snap("02-import-rule.png", dialog.stage().getScene());
            dialog.stage().close();
        });
        step("sample", () -> true, workbench::openSample);
        step("curves", () -> workbench.model().current().isPresent(), this::selectExample);
        step("mask", () -> true, this::maskOne);
        step("note", this::settled, this::noteOne);
        step("curves page", this::settled, () -> snap("03-curves.png", scene()));
        step(
                "overlay",
                () -> true,
                () -> workbench.curves().detailModel().overlayProperty().set(true));
        step("overlay page", this::settled, () -> {
            snap("04-curves-overlay.png", scene());
            workbench.curves().detailModel().overlayProperty().set(false);
        });
        page(Page.PLATES, "05-plates.png");
        step("layout edit", () -> true, this::editLayout);
        step("layout edit shown", this::settledDialog, () -> {
            layoutEdit.ifPresent(d -> snap("12-layout-edit.png", d.pane().getScene()));
            layoutEdit.ifPresent(LayoutEditDialog::cancel);
        });
        page(Page.RESULTS, "06-results.png");
        page(Page.SELECTIVITY, "07-selectivity.png");
        page(Page.AUDIT, "08-audit.png");
        if (Files.isDirectory(SAMPLES)) {
            flowAndRuns();
        } else {
            LOGGER.warn(
                    "screenshot tour: no {} folder here; the flow, reference and replicates pictures are left out",
                    SAMPLES.toAbsolutePath());
        }
        step("done", this::settled, () -> {
            timer.stop();
            LOGGER.info("screenshots written to {}", folder.toAbsolutePath());
            Platform.exit();
        });
    }

    /** The pSTAT4 flow plate, then the six TYK2 runs with HF-003 marked as the reference, from sample-plates/. */
    private void flowAndRuns() {
        Path flow = SAMPLES.resolve("pstat4");
        importStep("flow plate", List.of(flow.resolve("fcs"), flow.resolve("layout.csv")), "pSTAT4", 1);
        step("flow curves", this::settled, () -> snap("09-flow.png", scene()));
        importStep("runs", List.of(SAMPLES.resolve("runs"), SAMPLES.resolve("panel-layout.csv")), "", 6);
        step("reference", () -> true, () -> {
            workbench.actions().setReference("TYK2", Optional.of("HF-003"));
            workbench.show(Page.REFERENCE);
        });
        step(
                "reference shown",
                () -> settled()
                        && workbench
                                .reference()
                                .viewModel()
                                .chartProperty()
                                .get()
                                .isPresent(),
                () -> snap("10-reference.png", scene()));
        step("replicates", () -> true, () -> {
            workbench.show(Page.REPLICATES);
            workbench.replicates().select("TYK2", "HF-003");
        });
        step("replicates shown", this::settled, () -> snap("11-replicates.png", scene()));
    }

    /**
     * Closes the session, opens files in the import dialog, names their assay (unless {@code assay} is empty),
     * imports them and waits for {@code plates} plates.
     */
    private void importStep(String name, List<Path> files, String assay, int plates) {
        step(name, () -> true, () -> {
            workbench.model().close();
            dialog = workbench.importer().show(files);
        });
        step(name + " recognised", this::detected, () -> {
            if (!assay.isEmpty()) {
                dialog.viewModel().rows().forEach(r -> r.assayProperty().set(assay));
            }
            if (dialog.stage().getScene().lookup("#run-import") instanceof Button run) {
                run.fire();
            }
        });
        step(
                name + " imported",
                () -> workbench
                        .model()
                        .current()
                        .map(s -> s.plates().size() == plates)
                        .orElse(false),
                () -> {
                    dialog.stage().close();
                    workbench.show(Page.CURVES);
                });
    }

    private void page(Page page, String file) {
        step(page.title(), () -> true, () -> workbench.show(page));
        step(page.title() + " shown", this::settled, () -> snap(file, scene()));
    }

    private void step(String name, BooleanSupplier ready, Runnable action) {
        steps.add(new Step(name, ready, action));
    }

    private void tick() {
        Step next = steps.peek();
        if (next == null) {
            return;
        }
        if (!next.ready().getAsBoolean() && ++waited < PATIENCE) {
            return;
        }
        if (waited >= PATIENCE) {
            LOGGER.warn("screenshot tour: gave up waiting for '{}'", next.name());
        }
        steps.poll();
        waited = 0;
        settleUntil = System.currentTimeMillis() + 900;
        next.action().run();
    }

    /** Nothing running, thumbnails drawn, and a moment for layout and charts to paint. */
    private boolean settled() {
        return System.currentTimeMillis() >= settleUntil
                && !workbench.stage().getScene().getRoot().isDisabled()
                && workbench.curves().thumbnailsPending() == 0;
    }

    private boolean settledDialog() {
        return System.currentTimeMillis() >= settleUntil;
    }

    private boolean detected() {
        return System.currentTimeMillis() >= settleUntil
                && dialog != null
                && !dialog.viewModel().rows().isEmpty()
                && dialog.viewModel().rows().stream()
                        .noneMatch(r -> r.stateProperty().get() == ImportFileRow.State.DETECTING);
    }

    private void openImportDialog() {
        try {
            BundledSample sample = BundledSample.extract();
            samples.addAll(sample.inputs());
            samples.add(sample.layout());
        } catch (IOException e) {
            LOGGER.error("screenshot tour: the sample could not be extracted", e);
        }
        dialog = workbench.importer().show(samples);
    }

    /** A curve with something to look at: HF-011 on TYK2 (a class 1.2 curve). */
    private void selectExample() {
        workbench.show(Page.CURVES);
        List<CurveItem> curves = workbench.model().curvesProperty().get();
        CurveKey key = curves.stream()
                .filter(c -> c.curve().compound().equals("HF-011")
                        && c.curve().assay().equals("TYK2"))
                .findFirst()
                .orElse(curves.get(0))
                .key();
        workbench.model().selectedCurveProperty().set(key);
    }

    /** Masks the fourth point of the selected curve, so the chart shows a hollow point and the trail an entry. */
    private void maskOne() {
        workbench.model().selectedItem().ifPresent(item -> {
            WellId well = item.curve().series().points().get(3).well();
            workbench.actions().toggleMask(item.key().plate(), well);
        });
    }

    /** The layout dialog over A05 of the plate shown, emptied for a wrong tip (cancelled after the picture). */
    private void editLayout() {
        layoutEdit = workbench.plates().layoutEditor().edit(List.of(WellId.parse("A05")));
        layoutEdit.ifPresent(d -> {
            d.viewModel().roleProperty().set(WellRole.EMPTY);
            d.viewModel().whyProperty().set("wrong tip: nothing dispensed");
        });
    }

    /** A note on the selected curve, so the detail pane and the audit trail show one. */
    private void noteOne() {
        workbench.model().selectedItem().ifPresent(item -> workbench
                .actions()
                .addNote(
                        NoteText.target(item),
                        "Partial: levels off near 55 % in every assay; check solubility before ranking."));
    }

    private Scene scene() {
        return workbench.stage().getScene();
    }

    private void snap(String file, Scene scene) {
        BufferedImage image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        try {
            Files.createDirectories(folder);
            ImageIO.write(image, "png", folder.resolve(file).toFile());
            LOGGER.info("screenshot {}", folder.resolve(file));
        } catch (IOException e) {
            LOGGER.error("screenshot {} could not be written", file, e);
        }
    }
}
