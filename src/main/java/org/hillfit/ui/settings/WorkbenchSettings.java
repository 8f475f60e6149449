/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hillfit.analysis.ControlStatistic;
import org.hillfit.analysis.NormalizationOptions;
import org.hillfit.analysis.ReadoutSpec;
import org.hillfit.result.AnalysisSettings;

/**
 * What the workbench remembers between runs. Immutable; fields missing from an older file take their defaults.
 *
 * @param importFolder the folder exports were last opened from ("" for the home folder)
 * @param exportFolder the folder reports were last written to
 * @param projectFolder the folder projects were last opened from or saved to
 * @param recentProjects project files, most recent first, at most {@link #RECENT_LIMIT}
 * @param readout the preferred readout ({@code auto}, {@code ratio}, … as on the command line)
 * @param controlStatistic {@code MEDIAN} or {@code MEAN}
 * @param fitPreset the name of a {@link FitPreset}
 * @param window the main window's placement
 * @param dividers split-pane divider positions (0–1) by name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkbenchSettings(
        String importFolder,
        String exportFolder,
        String projectFolder,
        List<String> recentProjects,
        String readout,
        String controlStatistic,
        String fitPreset,
        WindowPlacement window,
        Map<String, Double> dividers) {

    /** How many recent projects are remembered. */
    public static final int RECENT_LIMIT = 8;

    /** Nothing remembered yet. */
    public static final WorkbenchSettings DEFAULT = new WorkbenchSettings(
            "", "", "", List.of(), "auto", "MEDIAN", FitPreset.STANDARD.name(), WindowPlacement.DEFAULT, Map.of());

    public WorkbenchSettings {
        importFolder = importFolder == null ? "" : importFolder;
        exportFolder = exportFolder == null ? "" : exportFolder;
        projectFolder = projectFolder == null ? "" : projectFolder;
        recentProjects = recentProjects == null
                ? List.of()
                : recentProjects.stream().limit(RECENT_LIMIT).toList();
        readout = readout == null || readout.isBlank() ? "auto" : readout;
        controlStatistic = "MEAN".equals(controlStatistic) ? "MEAN" : "MEDIAN";
        fitPreset = FitPreset.parse(fitPreset == null ? "" : fitPreset).name();
        window = window == null ? WindowPlacement.DEFAULT : window;
        dividers = dividers == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(dividers));
    }

    /** The analysis settings for a new import: the preferred readout, control statistic and fit. */
    public AnalysisSettings analysisSettings() {
        ReadoutSpec readoutSpec;
        try {
            readoutSpec = ReadoutSpec.parse(readout);
        } catch (IllegalArgumentException e) {
            readoutSpec = ReadoutSpec.AUTO; // a hand-edited settings file: fall back to automatic
        }
        NormalizationOptions normalization =
                NormalizationOptions.DEFAULT.withControlStatistic(ControlStatistic.valueOf(controlStatistic));
        return new AnalysisSettings(
                readoutSpec, normalization, FitPreset.parse(fitPreset).options());
    }

    /** A copy with another import folder. */
    public WorkbenchSettings withImportFolder(String folder) {
        return new WorkbenchSettings(
                folder,
                exportFolder,
                projectFolder,
                recentProjects,
                readout,
                controlStatistic,
                fitPreset,
                window,
                dividers);
    }

    /** A copy with another export folder. */
    public WorkbenchSettings withExportFolder(String folder) {
        return new WorkbenchSettings(
                importFolder,
                folder,
                projectFolder,
                recentProjects,
                readout,
                controlStatistic,
                fitPreset,
                window,
                dividers);
    }

    /** A copy with a project moved to the top of the recent list, and its folder remembered. */
    public WorkbenchSettings withRecentProject(String project, String folder) {
        List<String> recent = new ArrayList<>(recentProjects);
        recent.remove(project);
        recent.add(0, project);
        return new WorkbenchSettings(
                importFolder, exportFolder, folder, recent, readout, controlStatistic, fitPreset, window, dividers);
    }

    /** A copy with a project removed from the recent list (it no longer opens). */
    public WorkbenchSettings withoutRecentProject(String project) {
        List<String> recent = new ArrayList<>(recentProjects);
        recent.remove(project);
        return new WorkbenchSettings(
                importFolder,
                exportFolder,
                projectFolder,
                recent,
                readout,
                controlStatistic,
                fitPreset,
                window,
                dividers);
    }

    /** A copy with no recent projects ("Clear the list"). */
    public WorkbenchSettings withoutRecentProjects() {
        return new WorkbenchSettings(
                importFolder,
                exportFolder,
                projectFolder,
                List.of(),
                readout,
                controlStatistic,
                fitPreset,
                window,
                dividers);
    }

    /** A copy with other analysis preferences. */
    public WorkbenchSettings withAnalysis(String newReadout, String newControlStatistic, String newFitPreset) {
        return new WorkbenchSettings(
                importFolder,
                exportFolder,
                projectFolder,
                recentProjects,
                newReadout,
                newControlStatistic,
                newFitPreset,
                window,
                dividers);
    }

    /** A copy with another window placement. */
    public WorkbenchSettings withWindow(WindowPlacement placement) {
        return new WorkbenchSettings(
                importFolder,
                exportFolder,
                projectFolder,
                recentProjects,
                readout,
                controlStatistic,
                fitPreset,
                placement,
                dividers);
    }

    /** A copy with one divider position (clamped to 0.05–0.95). */
    public WorkbenchSettings withDivider(String name, double position) {
        Map<String, Double> copy = new TreeMap<>(dividers);
        copy.put(name, Math.max(0.05, Math.min(0.95, position)));
        return new WorkbenchSettings(
                importFolder,
                exportFolder,
                projectFolder,
                recentProjects,
                readout,
                controlStatistic,
                fitPreset,
                window,
                copy);
    }

    /** A divider position, or {@code fallback} when none was saved. */
    public double divider(String name, double fallback) {
        Double value = dividers.get(name);
        return value == null ? fallback : value;
    }
}
