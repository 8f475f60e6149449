/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.hillfit.fit.CurveStatus;
import org.hillfit.project.CurveKey;
import org.hillfit.ui.UiFixtures;
import org.hillfit.ui.session.CurveItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gallery filters, sorts and steps through the sample panel's 64 curves; no JavaFX toolkit. */
class GalleryViewModelTest {
    private static List<CurveItem> curves;

    @BeforeAll
    static void panel() throws Exception {
        curves = CurveItem.of(UiFixtures.session("TYK2", "JAK1", "JAK2", "JAK3"));
    }

    @Test
    void showsEveryCurveInPlateOrderAtFirst() {
        GalleryViewModel gallery = new GalleryViewModel(new SimpleObjectProperty<>(curves));

        assertEquals(64, gallery.visibleProperty().get().size());
        assertEquals("TYK2", gallery.visibleProperty().get().get(0).curve().assay());
        assertEquals("HF-001", gallery.visibleProperty().get().get(0).curve().compound());
    }

    @Test
    void filtersByAssayAndCompound() {
        GalleryViewModel gallery = new GalleryViewModel(new SimpleObjectProperty<>(curves));
        gallery.assayProperty().set("JAK2");
        gallery.textProperty().set("hf-01");

        List<String> shown = gallery.visibleProperty().get().stream()
                .map(c -> c.curve().assay() + " " + c.curve().compound())
                .toList();
        assertEquals(
                List.of(
                        "JAK2 HF-010",
                        "JAK2 HF-011",
                        "JAK2 HF-012",
                        "JAK2 HF-013",
                        "JAK2 HF-014",
                        "JAK2 HF-015",
                        "JAK2 HF-016"),
                shown);
    }

    @Test
    void needsReviewShowsOnlyUndecidedCurvesThatAreNotOk() {
        GalleryViewModel gallery = new GalleryViewModel(new SimpleObjectProperty<>(curves));
        gallery.statusProperty().set(CurveFilter.StatusFilter.NEEDS_REVIEW);

        assertTrue(!gallery.visibleProperty().get().isEmpty());
        assertTrue(
                gallery.visibleProperty().get().stream().allMatch(c -> c.curve().status() != CurveStatus.OK));
    }

    @Test
    void sortsByPotencyMostPotentFirst() {
        GalleryViewModel gallery = new GalleryViewModel(new SimpleObjectProperty<>(curves));
        gallery.sortProperty().set(GallerySort.POTENCY);

        List<CurveItem> shown = gallery.visibleProperty().get();
        for (int i = 1; i < shown.size(); i++) {
            double previous = shown.get(i - 1).curve().result().reportedLogIc50();
            double next = shown.get(i).curve().result().reportedLogIc50();
            assertTrue(Double.isNaN(next) || previous <= next, "sorted at " + i);
        }
    }

    @Test
    void stepsThroughTheCurvesShownAndStopsAtTheEnds() {
        GalleryViewModel gallery = new GalleryViewModel(new SimpleObjectProperty<>(curves));
        gallery.assayProperty().set("JAK3");
        List<CurveItem> shown = gallery.visibleProperty().get();
        CurveKey first = shown.get(0).key();
        CurveKey last = shown.get(shown.size() - 1).key();

        assertEquals(Optional.of(shown.get(1).key()), gallery.step(Optional.of(first), 1));
        assertEquals(Optional.of(first), gallery.step(Optional.of(first), -1));
        assertEquals(Optional.of(last), gallery.step(Optional.of(last), 3));
        assertEquals(Optional.of(first), gallery.step(Optional.empty(), 1), "nothing selected: the first");
    }
}
