/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import org.hillfit.ui.curves.CurvesView;
import org.hillfit.ui.curves.ThumbnailCache;
import org.hillfit.ui.plate.PlatesView;
import org.hillfit.ui.project.AuditView;
import org.hillfit.ui.reference.ReferenceView;
import org.hillfit.ui.results.ReplicatesView;
import org.hillfit.ui.results.ResultsView;
import org.hillfit.ui.results.SelectivityView;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.Navigator;
import org.hillfit.ui.session.Page;
import org.hillfit.ui.session.ReviewActions;
import org.hillfit.ui.session.SessionModel;

/** The workbench's pages, one per {@link Page}, all showing the one {@link SessionModel}. */
record Pages(
        PlatesView plates,
        CurvesView curves,
        ResultsView results,
        SelectivityView selectivity,
        ReplicatesView replicates,
        ReferenceView reference,
        AuditView audit) {

    /** Builds every page over the model. */
    static Pages create(
            SessionModel model, ReviewActions actions, Feedback feedback, ThumbnailCache thumbnails, Navigator go) {
        return new Pages(
                new PlatesView(model, actions),
                new CurvesView(model, actions, feedback, thumbnails),
                new ResultsView(model, actions, feedback, go),
                new SelectivityView(model, feedback),
                new ReplicatesView(model, feedback),
                new ReferenceView(model, actions, feedback),
                new AuditView(model));
    }

    /** Adds the pages as tabs, in {@link Page} order. */
    void addTo(MainWindow window) {
        window.addPage(Page.PLATES, plates.node());
        window.addPage(Page.CURVES, curves.node());
        window.addPage(Page.RESULTS, results.node());
        window.addPage(Page.SELECTIVITY, selectivity.node());
        window.addPage(Page.REPLICATES, replicates.node());
        window.addPage(Page.REFERENCE, reference.node());
        window.addPage(Page.AUDIT, audit.node());
    }
}
