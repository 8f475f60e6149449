/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutSetTest {
    private static final PlateLayout SHARED = layout(WellRole.NEUTRAL);
    private static final PlateLayout BY_BARCODE = layout(WellRole.INHIBITOR);
    private static final PlateLayout BY_NAME = layout(WellRole.BLANK);

    private static PlateLayout layout(WellRole role) {
        return new PlateLayout(Map.of(WellId.parse("A1"), WellContent.of(role)));
    }

    private static LayoutSet set(boolean shared) {
        Map<String, PlateLayout> byPlate = new LinkedHashMap<>();
        byPlate.put("BC-0001", BY_BARCODE);
        byPlate.put("Plate 2", BY_NAME);
        return new LayoutSet(shared ? Optional.of(SHARED) : Optional.empty(), byPlate, List.of());
    }

    @ParameterizedTest
    @CsvSource({
        // plate name, barcode,   shared?, expected layout
        "Plate 1,      BC-0001,   true,    barcode", // the barcode wins
        "Plate 2,      BC-0001,   true,    barcode", // even over a matching name
        "Plate 2,      '',        true,    name",
        "' plate 2 ',  '',        true,    name", //    letter case and blanks do not matter
        "Plate 3,      bc-0001,   true,    barcode",
        "Plate 3,      BC-0002,   true,    shared",
        "Plate 3,      BC-0002,   false,   none",
    })
    void aPlateTakesItsLayoutByBarcodeThenNameThenTheSharedOne(
            String name, String barcode, boolean shared, String expected) {
        Optional<PlateLayout> layout =
                set(shared).forPlate(name, barcode.isEmpty() ? Optional.empty() : Optional.of(barcode));
        Optional<PlateLayout> wanted =
                switch (expected) {
                    case "barcode" -> Optional.of(BY_BARCODE);
                    case "name" -> Optional.of(BY_NAME);
                    case "shared" -> Optional.of(SHARED);
                    default -> Optional.empty();
                };
        assertEquals(wanted, layout);
    }

    @org.junit.jupiter.api.Test
    void keysThatDifferOnlyInCaseAreRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new LayoutSet(Optional.empty(), Map.of("p1", SHARED, "P1", SHARED), List.of()));
        assertTrue(e.getMessage().contains("unique"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aFlagNeedsItsWellInTheLayout() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new PlateLayout(Map.of(), Map.of(WellId.parse("A1"), WellMarker.of(WellFlag.FAILED_TRANSFER))));
    }
}
