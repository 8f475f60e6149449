/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.ImportProblem;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real FCS file of the public data set, against numbers computed independently with numpy (see {@code
 * public-fcs/expected_values.py}): $TOT, $PAR, names, four events and the mean of every parameter, and the
 * compensated values where the file carries a usable spillover matrix.
 */
class FcsReaderPublicFilesTest {

    static Stream<PublicFcsExpectations.Dataset> datasets() {
        return PublicFcsExpectations.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void readsCountsNamesAndValuesAsNumpyDoes(PublicFcsExpectations.Dataset expected) throws ImportException {
        FcsFile file = FcsReader.read(PublicData.file("fcs/" + expected.file()), ImportLimits.DEFAULT);
        FcsDataset dataset = file.datasets().get(expected.index());
        assertEquals(expected.tot(), dataset.eventCount());
        assertEquals(expected.par(), dataset.parameterCount());
        assertEquals(
                expected.names(),
                dataset.parameters().stream().map(FcsParameter::name).toList());
        Spillover.Result comp = Spillover.compensate(dataset);
        for (PublicFcsExpectations.Value v : expected.values()) {
            FcsDataset source = v.compensated() ? comp.dataset() : dataset;
            double actual = v.event().equals("mean")
                    ? mean(source.column(v.parameter()))
                    : source.value(v.parameter(), Integer.parseInt(v.event()));
            assertEquals(
                    v.value(),
                    actual,
                    2e-6 * Math.abs(v.value()) + 1e-9,
                    () -> expected.file() + " event " + v.event() + " parameter " + v.parameter()
                            + (v.compensated() ? " compensated" : ""));
        }
    }

    @Test
    void rejectsTenBytesOfGarbageNamingTheFile() {
        Path file = PublicData.file("fcs/corrupted.fcs");
        ImportException e = assertThrows(ImportException.class, () -> FcsReader.read(file, ImportLimits.DEFAULT));
        assertTrue(e.getMessage().startsWith("corrupted.fcs: "), e.getMessage());
        assertTrue(e.getMessage().contains("too short for an FCS file"), e.getMessage());
    }

    @Test
    void reportsTheDuplicatedKeywordAndKeepsTheFirstValue() throws ImportException {
        FcsFile file = FcsReader.read(PublicData.file("fcs/SG_2014-09-26_Duplicate_Names.fcs"), ImportLimits.DEFAULT);
        List<String> warnings =
                file.problems().stream().map(ImportProblem::message).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("$VOL appears more than once")), warnings::toString);
    }

    @Test
    void unescapesDoubledDelimitersInValues() throws ImportException {
        FcsDataset dataset = FcsReader.read(
                        PublicData.file("fcs/SG_2014-09-26_Duplicate_Names.fcs"), ImportLimits.DEFAULT)
                .first();
        assertEquals("GFP/FITC-A", dataset.keywords().get("$P8S").orElseThrow());
        assertEquals("525//50 nm", dataset.keywords().get("$P8F").orElseThrow());
    }

    @Test
    void decodesUtf8Stains() throws ImportException {
        FcsDataset dataset = FcsReader.read(PublicData.file("fcs/G11.fcs"), ImportLimits.DEFAULT)
                .first();
        assertEquals("Alexa Fluor™ 405-A", dataset.parameters().get(5).label());
    }

    @Test
    void prefersTheTextOffsetsThatFitAndSaysSo() throws ImportException {
        FcsFile file =
                FcsReader.read(PublicData.file("fcs/data_start_offset_discrepancy_example.fcs"), ImportLimits.DEFAULT);
        assertTrue(
                file.problems().stream().anyMatch(p -> p.message().contains("using the $BEGINDATA/$ENDDATA")),
                file.problems()::toString);
    }

    @Test
    void readsBothDatasetsOfAnLmdFileAndPrefersTheFcs3Copy() throws ImportException {
        FcsFile file = FcsReader.read(PublicData.file("fcs/coulter.lmd"), ImportLimits.DEFAULT);
        assertEquals(
                List.of("FCS2.0", "FCS3.0"),
                file.datasets().stream().map(FcsDataset::version).toList());
        assertEquals("FCS3.0", file.preferred().version());
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
