/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelTitleTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # title                       | emission | excitation (0 = none)
            665                           | 665      | 0
            620 nm                        | 620      | 0
            Acceptor 665                  | 665      | 0
            Donor 615nm                   | 615      | 0
            Raw Data (337/665 1)          | 665      | 337
            Ex 337 / Em 620               | 620      | 337
            Em. 520                       | 520      | 0
            Acceptor 665 nm (µ-counts)    | 665      | 0
            APC 665                       | 665      | 0
            """)
    void findsTheEmissionWavelength(String title, int emission, int excitation) {
        assertEquals(OptionalInt.of(emission), ChannelTitle.emissionNm(title));
        assertEquals(
                excitation == 0 ? OptionalInt.empty() : OptionalInt.of(excitation), ChannelTitle.excitationNm(title));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # title                | why there is no emission
            Luminescence           | no number
            Ratio 665/620          | a ratio
            665/620                | longest first: a ratio
            Ex 485                 | only an excitation
            Plate 384 Donor 620    | two different numbers
            Read 1                 | not a wavelength
            Counts 1200            | four digits
            6.65                   | a decimal
            """)
    void findsNoEmissionWhereThereIsNone(String title, String why) {
        assertEquals(OptionalInt.empty(), ChannelTitle.emissionNm(title), why);
    }

    @Test
    void ratioTitlesAreCalculatedChannels() {
        ChannelInfo info = ChannelTitle.info("HTRF ratio 665/620");
        assertEquals(ChannelKind.CALCULATED, info.kind());
        assertTrue(info.emissionNm().isEmpty());
    }

    @Test
    void rawTitlesKeepTheirLabelAndWavelengths() {
        ChannelInfo info = ChannelTitle.info("Raw Data (337/665 1)");
        assertEquals(ChannelKind.RAW, info.kind());
        assertEquals(
                "Raw Data (337/665 1)", info.attribute(ChannelInfo.KEY_LABEL).orElseThrow());
        assertEquals(665, info.emissionNm().orElseThrow());
        assertEquals(337, info.excitationNm().orElseThrow());
    }
}
