/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;
import org.hillfit.plate.WellRole;
import org.junit.jupiter.api.Test;

/**
 * Worked examples. Neutral controls A1–A4 = 1000, 1100, 900, 1040 (median 1020, mean 1010); inhibitor controls
 * B1–B4 = 100, 120, 80, 140 (median 110, mean 110); sample C1 = 565.
 */
class NormalizerTest {
    private static final String[] CONTROLS = {
        "A1=1000", "A2=1100", "A3=900", "A4=1040", "B1=100", "B2=120", "B3=80", "B4=140"
    };

    private static Map<WellId, WellContent> controls() {
        Map<WellId, WellContent> wells = new LinkedHashMap<>();
        for (String w : List.of("A1", "A2", "A3", "A4")) {
            wells.put(WellId.parse(w), WellContent.of(WellRole.NEUTRAL));
        }
        for (String w : List.of("B1", "B2", "B3", "B4")) {
            wells.put(WellId.parse(w), WellContent.of(WellRole.INHIBITOR));
        }
        return wells;
    }

    private static WellContent sample(String compound, double micromolar) {
        return WellContent.sample(compound, new Concentration(micromolar, ConcentrationUnit.MICROMOLAR));
    }

    private static PlateLayout layout(Map<String, WellContent> extra) {
        Map<WellId, WellContent> wells = controls();
        extra.forEach((w, c) -> wells.put(WellId.parse(w), c));
        return new PlateLayout(wells);
    }

    private static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(CONTROLS, CONTROLS.length + more.length);
        System.arraycopy(more, 0, all, CONTROLS.length, more.length);
        return all;
    }

    private static NormalizedPlate normalize(PlateLayout layout, NormalizationOptions options, String... values)
            throws NormalizationException {
        return Normalizer.normalize("P1", TestPlates.readout(values), layout, Map.of(), options);
    }

    @Test
    void medianOfControlsGivesFiftyPercent() throws Exception {
        NormalizedPlate plate =
                normalize(layout(Map.of("C1", sample("X", 1))), NormalizationOptions.DEFAULT, with("C1=565"));
        // 100 × (1020 − 565) / (1020 − 110) = 100 × 455 / 910 = 50
        assertEquals(1020, plate.neutralCenter(), 1e-12);
        assertEquals(110, plate.inhibitorCenter(), 1e-12);
        assertEquals(50, plate.percentInhibition(WellId.parse("C1")), 1e-12);
        assertEquals(50, plate.percentActivity(WellId.parse("C1")), 1e-12);
    }

    @Test
    void meanOfControlsIsAnOption() throws Exception {
        NormalizedPlate plate = normalize(
                layout(Map.of("C1", sample("X", 1))),
                NormalizationOptions.DEFAULT.withControlStatistic(ControlStatistic.MEAN),
                with("C1=565"));
        // 100 × (1010 − 565) / (1010 − 110) = 44500 / 900 = 49.444…
        assertEquals(49.44444444444444, plate.percentInhibition(WellId.parse("C1")), 1e-12);
        assertTrue(plate.basis().startsWith("mean of 4 neutral / 4 inhibitor"), plate.basis());
    }

    @Test
    void blanksAreSubtractedAndReportedWithoutChangingPercentInhibition() throws Exception {
        Map<String, WellContent> extra = new LinkedHashMap<>();
        extra.put("C1", sample("X", 1));
        for (String w : List.of("D1", "D2", "D3")) {
            extra.put(w, WellContent.of(WellRole.BLANK));
        }
        NormalizedPlate plate =
                normalize(layout(extra), NormalizationOptions.DEFAULT, with("C1=565", "D1=50", "D2=60", "D3=70"));
        // blank median 60: neutral median 960, inhibitor 50, C1 505 → 100 × 455 / 910 = 50 again
        assertEquals(60, plate.blankCenter(), 1e-12);
        assertEquals(960, plate.neutralCenter(), 1e-12);
        assertEquals(505, plate.correctedValue(WellId.parse("C1")), 1e-12);
        assertEquals(505, plate.correctedReadout().channel().valueAt(WellId.parse("C1")), 1e-12);
        assertEquals(50, plate.percentInhibition(WellId.parse("C1")), 1e-12);
        // S:B on blank-corrected means: 950 / 50 = 19 (19 × … without blanks it would be 1010 / 110 = 9.18)
        assertEquals(19, plate.qc().signalToBackground(), 1e-12);
        assertEquals(3, plate.qc().blankCount());
    }

    @Test
    void blankSubtractionCanBeSwitchedOff() throws Exception {
        NormalizedPlate plate = normalize(
                layout(Map.of("D1", WellContent.of(WellRole.BLANK))),
                NormalizationOptions.DEFAULT.withSubtractBlank(false),
                with("D1=60"));
        assertFalse(plate.hasBlankSubtraction());
        assertEquals(1020, plate.neutralCenter(), 1e-12);
    }

    @Test
    void vehicleWellsJoinTheNeutralGroupAndAreNotCurvePoints() throws Exception {
        NormalizedPlate plate = normalize(
                layout(Map.of("C1", sample("X", 1), "C2", sample("X", 0))),
                NormalizationOptions.DEFAULT,
                with("C1=565", "C2=980"));
        // neutral group 1000, 1100, 900, 1040, 980 → median 1000
        assertEquals(1000, plate.neutralCenter(), 1e-12);
        assertEquals(5, plate.qc().neutralCount());
        DoseSeries series = DoseSeriesAssembler.assemble(plate).get(0);
        assertEquals(
                List.of(WellId.parse("C1")),
                series.points().stream().map(DosePoint::well).toList());
        assertEquals(
                List.of(WellId.parse("C2")),
                series.vehicle().stream().map(DosePoint::well).toList());
    }

    @Test
    void theReferencePlateauCanDefineOneHundredPercent() throws Exception {
        Map<String, WellContent> extra = new LinkedHashMap<>();
        extra.put("D1", sample("REF", 10));
        extra.put("D2", sample("REF", 10));
        extra.put("D3", sample("REF", 1));
        NormalizedPlate plate = normalize(
                layout(extra),
                NormalizationOptions.DEFAULT.withReference(
                        Optional.of(new ReferenceScaling("REF", ReferenceScaling.Mode.PLATEAU))),
                with("D1=200", "D2=220", "D3=600"));
        // 100 % = median(200, 220) = 210; D3: 100 × (1020 − 600) / (1020 − 210) = 42000 / 810
        assertEquals(210, plate.inhibitorCenter(), 1e-12);
        assertEquals(51.851851851851855, plate.percentInhibition(WellId.parse("D3")), 1e-12);
        assertTrue(plate.basis().contains("reference 'REF' at 10 µM"), plate.basis());
        assertEquals(0.6337221431305353, plate.qc().zPrime(), 1e-12); // QC stays on the controls
    }

    @Test
    void aMissingReferenceIsAnError() {
        NormalizationException e = assertThrows(
                NormalizationException.class,
                () -> normalize(
                        layout(Map.of()),
                        NormalizationOptions.DEFAULT.withReference(
                                Optional.of(new ReferenceScaling("REF", ReferenceScaling.Mode.PLATEAU))),
                        CONTROLS));
        assertTrue(e.getMessage().contains("reference compound 'REF'"), e.getMessage());
    }

    @Test
    void instrumentMarkersAndFailedTransfersAreMaskedByRule() throws Exception {
        PlateLayout layout = layout(Map.of("C1", sample("X", 1), "C2", sample("X", 2)))
                .withFlag(WellId.parse("C2"), new WellMarker(WellFlag.FAILED_TRANSFER, "no fluid"));
        NormalizedPlate plate = normalize(layout, NormalizationOptions.DEFAULT, with("C1=OVRFLW", "C2=500"));
        WellMask overflow = plate.mask(WellId.parse("C1")).orElseThrow();
        assertEquals(MaskReason.INSTRUMENT_FLAG, overflow.reason());
        assertEquals("overflow", overflow.flagSlug());
        assertEquals(WellMask.RULE_AUTHOR, overflow.author());
        assertTrue(overflow.at().isEmpty());
        assertEquals(
                MaskReason.FAILED_TRANSFER,
                plate.mask(WellId.parse("C2")).orElseThrow().reason());
        assertTrue(plate.userMasks().isEmpty());
    }

    @Test
    void userMasksAreAppliedBeforeTheCentres() throws Exception {
        WellMask mask = WellMask.byUser(WellId.parse("A2"), "bubble", "ada", Instant.parse("2026-12-01T10:00:00Z"));
        NormalizedPlate plate = Normalizer.normalize(
                "P1",
                TestPlates.readout(CONTROLS),
                layout(Map.of()),
                Map.of(mask.well(), mask),
                NormalizationOptions.DEFAULT);
        // neutral 1000, 900, 1040 → median 1000
        assertEquals(1000, plate.neutralCenter(), 1e-12);
        assertEquals(Map.of(mask.well(), mask), plate.userMasks());
    }

    @Test
    void aPlateWithoutInhibitorControlsIsAnError() {
        Map<WellId, WellContent> wells = new LinkedHashMap<>(controls());
        wells.keySet().removeIf(w -> w.rowLabel().equals("B"));
        NormalizationException e = assertThrows(
                NormalizationException.class,
                () -> normalize(new PlateLayout(wells), NormalizationOptions.DEFAULT, CONTROLS));
        assertTrue(e.getMessage().contains("no usable inhibitor control wells"), e.getMessage());
    }
}
