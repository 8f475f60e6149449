/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.plate.WellId;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WellLocatorTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // name or keyword text, expected well ("" = none)
        "Specimen_001_B3_B03.fcs,                          B03", // BD DIVA plate loader
        "FCS_3.0_Fortessa_PBS_Specimen_001_A1_A01.fcs,     A01",
        "Sample_Well_A02.fcs,                              A02",
        "EY_2013-07-19_PBS_FCS_3.1_Well_A1.001.fcs,        A01", // MACSQuant: after 'Well'
        "EY_2013-07-19_PID_101_MG1655_D01_Well_A4.001.fcs, A04", // 'Well' beats an earlier D01
        "B01 KC-A-W---91-US.fcs,                           B01", // Accuri, spaces in the name
        "G11.fcs,                                          G11",
        "132209_c_100_t_24_A02,                            A02", // FACSCalibur $FIL
        "p24,                                              P24", // a bare well ID, any case
        "Cytek_xP5.fcs,                                    ''", // no row 'XP'
        "Specimen_003_Spleen_001_045.fcs,                  ''",
        "life-dead-comp dead no dye 00002019 003.LMD,      ''",
    })
    void findsTheWellInANameOrKeyword(String text, String expected) {
        assertEquals(
                expected.isEmpty() ? Optional.empty() : Optional.of(WellId.parse(expected)), WellLocator.inText(text));
    }

    @Test
    void prefersTheWellKeywordsToNamesAndFileName() {
        FcsKeywords keywords = new FcsKeywords(Map.of("$SRC", "A1", "WELL ID", "C07"));
        WellLocator.Located located =
                WellLocator.locate(keywords, "Specimen_001_B3_B03.fcs").orElseThrow();
        assertEquals(WellId.parse("C07"), located.well());
        assertEquals("WELL ID 'C07'", located.source());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // public file, expected well ("" = none), found by
        "B01 KC-A-W---91-US.fcs,                                       B01, $WELLID",
        "G11.fcs,                                                      G11, $WELLID",
        "SG_2014-09-26_Duplicate_Names.fcs,                            A01, $WELLID",
        "FCS_3.0_Fortessa_PBS_Specimen_001_A1_A01.fcs,                 A01, WELL ID",
        "EY_2013-07-19_PBS_FCS_2.0_Custom_Without_Add_Well_A1.001.fcs, A01, $SRC",
        "Sample_Well_A02.fcs,                                          A02, $FIL",
        "cyflow_cube_8.fcs,                                            '',  ''",
        "coulter.lmd,                                                  '',  ''",
    })
    void locatesTheWellsOfThePublicFiles(String file, String expected, String keyword) throws ImportException {
        FcsDataset dataset = FcsReader.read(PublicData.file("fcs/" + file), ImportLimits.DEFAULT)
                .first();
        Optional<WellLocator.Located> located = WellLocator.locate(dataset.keywords(), file);
        assertEquals(expected, located.map(l -> l.well().label()).orElse(""));
        assertEquals(keyword, located.map(l -> l.source().split(" '")[0]).orElse(""));
    }
}
