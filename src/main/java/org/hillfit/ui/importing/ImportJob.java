/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.layout.LayoutChecks;
import org.hillfit.io.layout.LayoutReaders;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.project.AnalysisException;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.project.LayoutSources;
import org.hillfit.project.LayoutTemplateStore;
import org.hillfit.project.ReviewContext;
import org.hillfit.project.SessionImport;
import org.hillfit.project.SessionRequest;
import org.hillfit.result.AnalysisSettings;

/**
 * The import as a core job (no JavaFX): reads the layout, then imports and analyses every file it can, the way
 * {@code hillfit analyze} does, leaving out the files that fail ({@link SessionImport}).
 *
 * @param pipeline the analysis pipeline
 * @param templates where named layout templates are found
 * @param settings the readout, normalisation and fit settings
 * @param context who imports (for the audit trail)
 */
public record ImportJob(
        AnalysisPipeline pipeline, LayoutTemplateStore templates, AnalysisSettings settings, ReviewContext context) {

    /**
     * Runs the import.
     *
     * @throws ImportException naming the layout file and line when the layout cannot be read
     * @throws AnalysisException when the imported plates cannot be kept apart
     */
    public SessionImport run(ImportPlan plan, ProgressSink progress, CancellationToken token)
            throws ImportException, AnalysisException {
        progress.report("Reading the layout", 0, plan.rows().size() + 1);
        LayoutSet layouts = layouts(plan.layout(), new ImportContext(ImportLimits.DEFAULT, token));
        SessionRequest request =
                new SessionRequest(plan.inputs(), layouts, plan.layout().source(), settings);
        return SessionImport.create(pipeline, request, context, progress, token);
    }

    private LayoutSet layouts(LayoutSpec spec, ImportContext context) throws ImportException {
        if (spec instanceof LayoutSpec.FromFile file) {
            return LayoutReaders.read(file.file(), context);
        }
        if (spec instanceof LayoutSpec.FromTemplate template) {
            return LayoutSources.load(template.source(), templates, context);
        }
        LayoutSpec.FromRule rule = (LayoutSpec.FromRule) spec;
        PlateLayout layout = rule.rule().layout();
        return LayoutSet.of(layout).withWarnings(LayoutChecks.warnings(layout, "the dilution rule"));
    }
}
