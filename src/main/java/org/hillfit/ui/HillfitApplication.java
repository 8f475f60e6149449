/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.hillfit.ui.app.ScreenshotTour;
import org.hillfit.ui.app.Workbench;
import org.hillfit.ui.app.WorkbenchServices;

/**
 * The composition root of the workbench: builds the services once (over the Hillfit folder, {@code ~/.hillfit} or
 * the {@code hillfit.home} system property) and shows the window. Launch arguments are files, folders or a project
 * to open. With the system property {@code hillfit.screenshot.dir}, it opens the sample panel, saves a picture of
 * every page there and exits ({@link ScreenshotTour}).
 */
public final class HillfitApplication extends Application {
    /** System property naming the Hillfit folder (settings, templates, autosave). */
    public static final String HOME_PROPERTY = "hillfit.home";

    private Optional<WorkbenchServices> services = Optional.empty();

    @Override
    public void start(Stage stage) {
        Path home = Path.of(System.getProperty(
                HOME_PROPERTY,
                Path.of(System.getProperty("user.home"), ".hillfit").toString()));
        WorkbenchServices created = WorkbenchServices.create(home);
        services = Optional.of(created);
        Optional<Path> screenshots =
                Optional.ofNullable(System.getProperty(ScreenshotTour.PROPERTY)).map(Path::of);
        Workbench workbench = Workbench.show(
                stage,
                created,
                screenshots.isPresent() ? java.util.List.of() : getParameters().getRaw());
        screenshots.ifPresent(folder -> new ScreenshotTour(workbench, folder).start());
    }

    @Override
    public void stop() {
        services.ifPresent(WorkbenchServices::shutdown);
    }
}
