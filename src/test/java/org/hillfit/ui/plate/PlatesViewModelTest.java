/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hillfit.analysis.HeatMap;
import org.hillfit.analysis.QcVerdict;
import org.hillfit.plate.WellId;
import org.hillfit.project.AnalysisSession;
import org.hillfit.ui.UiFixtures;
import org.hillfit.ui.session.CurveItem;
import org.hillfit.ui.session.SessionModel;
import org.junit.jupiter.api.Test;

/** The plate page follows the selected curve's plate, offers every heat-map layer and judges the plate's QC. */
class PlatesViewModelTest {

    @Test
    void showsPercentInhibitionOfTheSelectedCurvesPlate() throws Exception {
        AnalysisSession session = UiFixtures.session("TYK2", "JAK1");
        SessionModel model = new SessionModel();
        PlatesViewModel plates = new PlatesViewModel(model);
        model.load(session, Optional.empty(), "test");
        CurveItem jak1 = model.curvesProperty().get().stream()
                .filter(c -> c.curve().assay().equals("JAK1"))
                .findFirst()
                .orElseThrow();

        model.selectedCurveProperty().set(jak1.key());

        assertEquals("JAK1 / JAK1-P1", plates.plateProperty().get().label());
        assertEquals(
                HeatMap.Layer.PERCENT_INHIBITION, plates.heatMapProperty().get().layer());
        assertTrue(
                plates.layersProperty().get().contains("% inhibition"),
                plates.layersProperty().get().toString());
        assertTrue(plates.layersProperty().get().size() >= 4, "raw channels, readout, % inhibition, B-score");
    }

    @Test
    void anotherLayerIsChosenByName() throws Exception {
        SessionModel model = new SessionModel();
        PlatesViewModel plates = new PlatesViewModel(model);
        model.load(UiFixtures.session("TYK2"), Optional.empty(), "test");
        String raw = plates.layersProperty().get().get(0);

        plates.layerProperty().set(raw);

        assertEquals(HeatMap.Layer.RAW_CHANNEL, plates.heatMapProperty().get().layer());
    }

    @Test
    void judgesTheSamplePlatesQc() throws Exception {
        SessionModel model = new SessionModel();
        PlatesViewModel plates = new PlatesViewModel(model);
        model.load(UiFixtures.session("TYK2"), Optional.empty(), "test");

        QcFigure zPrime = plates.qcProperty().get().get(0);
        assertEquals("Z′", zPrime.label());
        assertEquals("0.89", zPrime.text());
        assertEquals(Optional.of(QcVerdict.PASS), zPrime.verdict());
    }

    @Test
    void listsTheNotesOnThePlateShown() throws Exception {
        SessionModel model = new SessionModel();
        PlatesViewModel plates = new PlatesViewModel(model);
        model.load(
                UiFixtures.session("TYK2", "JAK1")
                        .addNote("JAK1 / JAK1-P1", "lid fogged")
                        .addNote("TYK2 / TYK2-P1", "re-read at 14:10"),
                Optional.empty(),
                "test");

        assertEquals(Optional.of("TYK2 / TYK2-P1"), plates.noteTarget());
        assertEquals(
                java.util.List.of("re-read at 14:10"),
                plates.notesProperty().get().stream().map(n -> n.text()).toList());
    }

    @Test
    void shiftClickedWellsAreChosenInPlateOrderAndForgottenOnAnotherPlate() throws Exception {
        SessionModel model = new SessionModel();
        PlatesViewModel plates = new PlatesViewModel(model);
        model.load(UiFixtures.session("TYK2", "JAK1"), Optional.empty(), "test");

        plates.toggleChosen(WellId.parse("B05"));
        plates.toggleChosen(WellId.parse("A05"));
        plates.toggleChosen(WellId.parse("C05"));
        plates.toggleChosen(WellId.parse("B05"));
        assertEquals("[A05, C05]", plates.chosenProperty().get().toString());

        plates.selectedProperty()
                .set(model.current().orElseThrow().plates().get(1).key());
        assertTrue(plates.chosenProperty().get().isEmpty());
    }

    @Test
    void aDragChoosesTheRectangleBetweenItsCornersOrAddsIt() throws Exception {
        SessionModel model = new SessionModel();
        PlatesViewModel plates = new PlatesViewModel(model);
        model.load(UiFixtures.session("TYK2"), Optional.empty(), "test");

        plates.toggleChosen(WellId.parse("P24"));
        plates.chooseRectangle(WellId.parse("B04"), WellId.parse("A03"), false);
        assertEquals("[A03, A04, B03, B04]", plates.chosenProperty().get().toString());

        plates.chooseRectangle(WellId.parse("C05"), WellId.parse("C06"), true);
        assertEquals(
                "[A03, A04, B03, B04, C05, C06]", plates.chosenProperty().get().toString());
    }

    @Test
    void theChosenWellsAreNamedShortlyBesideTheQc() {
        assertEquals("no well chosen", PlatesView.chosenText(Set.of()));
        assertEquals("A05, B05 chosen", PlatesView.chosenText(Set.of(WellId.parse("B05"), WellId.parse("A05"))));
        Set<WellId> rectangle = new TreeSet<>();
        for (String well : List.of("C06", "A03", "A04", "B03", "B04", "C05")) {
            rectangle.add(WellId.parse(well));
        }
        assertEquals("6 wells chosen, A03 … C06", PlatesView.chosenText(rectangle));
    }
}
