/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.analysis.ControlStatistic;
import org.hillfit.fit.FitOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings survive a restart, a damaged file means the defaults, and the recent list stays short and ordered. */
class SettingsStoreTest {

    @Test
    void remembersSettingsAcrossARestart(@TempDir Path dir) {
        Path file = dir.resolve("hillfit").resolve("workbench.json");
        SettingsStore store = new SettingsStore(file, Runnable::run);
        store.update(s -> s.withExportFolder("/data/reports")
                .withAnalysis("ratio", "MEAN", FitPreset.HILL_FIXED_AT_ONE.name())
                .withWindow(new WindowPlacement(10, 20, 1400, 900, false))
                .withDivider("curves.0", 0.4));

        WorkbenchSettings read = new SettingsStore(file, Runnable::run).current();

        assertEquals("/data/reports", read.exportFolder());
        assertEquals(new WindowPlacement(10, 20, 1400, 900, false), read.window());
        assertEquals(0.4, read.divider("curves.0", 0.5));
        assertEquals(
                ControlStatistic.MEAN, read.analysisSettings().normalization().controlStatistic());
        assertEquals(FitOptions.HILL_FIXED_AT_ONE, read.analysisSettings().fit());
        assertEquals("ratio", read.analysisSettings().readout().toString());
    }

    @Test
    void aDamagedFileMeansTheDefaults(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("workbench.json"), "{\"exportFolder\": [not json");

        assertEquals(WorkbenchSettings.DEFAULT, new SettingsStore(file, Runnable::run).current());
    }

    @Test
    void recentProjectsAreMostRecentFirstWithoutRepeats(@TempDir Path dir) {
        SettingsStore store = new SettingsStore(dir.resolve("workbench.json"), Runnable::run);
        for (String name : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "b")) {
            store.update(s -> s.withRecentProject("/p/" + name + ".hillfit", "/p"));
        }

        List<String> recent = store.current().recentProjects();

        assertEquals(WorkbenchSettings.RECENT_LIMIT, recent.size());
        assertEquals("/p/b.hillfit", recent.get(0));
        assertEquals("/p/i.hillfit", recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.equals("/p/b.hillfit")).count());
    }
}
