/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hillfit.io.ImportException;
import org.hillfit.plate.WellId;
import org.hillfit.samples.flow.FcsWriter;
import org.hillfit.samples.flow.FcsWriter.Parameter;
import org.hillfit.samples.flow.PstatSamplePlate;
import org.hillfit.samples.flow.SimulatedPstatWell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The automatic gates against simulated wells whose populations are known event by event. */
class AutoGatingTest {

    private static FcsDataset dataset(SimulatedPstatWell well) throws ImportException {
        return FcsReaderVariantsTest.read(PstatSamplePlate.fcs(well).toBytes()).first();
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3"})
    void keepsSingleCellsAndDropsDebrisDoubletsAndSaturatedEvents(long seed) throws ImportException {
        List<SimulatedPstatWell> wells = new ArrayList<>();
        List<FcsDataset> datasets = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            SimulatedPstatWell well = SimulatedPstatWell.simulate(new WellId(0, w + 1), w * 9, 1500, seed * 100 + w);
            wells.add(well);
            datasets.add(dataset(well));
        }
        GatingSample sample = new GatingSample(ScatterParameters.find(datasets.get(0)), 2000);
        datasets.forEach(sample::add);
        List<Gate> gates = AutoGating.derive(sample, new ArrayList<>());
        assertEquals(
                List.of("cells", "singlets"), gates.stream().map(Gate::name).toList());
        int singlets = 0;
        int kept = 0;
        int keptSinglets = 0;
        for (int w = 0; w < wells.size(); w++) {
            boolean[] inside = Gating.apply(datasets.get(w), gates);
            boolean[] truth = wells.get(w).singlet();
            for (int e = 0; e < inside.length; e++) {
                singlets += truth[e] ? 1 : 0;
                kept += inside[e] ? 1 : 0;
                keptSinglets += inside[e] && truth[e] ? 1 : 0;
            }
        }
        String counts = keptSinglets + " of " + singlets + " singlets kept; " + kept + " events kept";
        assertTrue(keptSinglets >= 0.95 * singlets, counts);
        assertTrue(keptSinglets >= 0.98 * kept, counts);
    }

    @Test
    void cutsNothingButTheExtremeTailWithoutDebris() throws ImportException {
        Random random = new Random(5);
        double[][] columns = new double[3][5000];
        for (int e = 0; e < 5000; e++) {
            columns[0][e] = 80_000 + 10_000 * random.nextGaussian();
            columns[1][e] = columns[0][e] * 0.8;
            columns[2][e] = 40_000 * Math.exp(0.2 * random.nextGaussian());
        }
        FcsDataset d = FcsReaderVariantsTest.read(FcsWriter.fcs31()
                        .parameter(Parameter.floating("FSC-A", ""))
                        .parameter(Parameter.floating("FSC-H", ""))
                        .parameter(Parameter.floating("SSC-A", ""))
                        .events(columns)
                        .toBytes())
                .first();
        GatingSample sample = new GatingSample(ScatterParameters.find(d), 10_000);
        sample.add(d);
        List<Gate> gates = AutoGating.derive(sample, new ArrayList<>());
        assertTrue(Gating.count(Gating.apply(d, gates)) >= 0.98 * 5000);
    }

    @Test
    void findsTheCellsWhenDebrisOutnumbersThem() throws ImportException {
        Random random = new Random(6);
        int n = 6000;
        double[][] columns = new double[3][n];
        boolean[] cell = new boolean[n];
        for (int e = 0; e < n; e++) {
            cell[e] = e % 5 < 2; // 40 % cells, 60 % debris
            columns[0][e] =
                    cell[e] ? 90_000 + 10_000 * random.nextGaussian() : 8_000 * Math.exp(0.4 * random.nextGaussian());
            columns[1][e] = columns[0][e] * 0.8;
            columns[2][e] = (cell[e] ? 40_000 : 6_000) * Math.exp(0.25 * random.nextGaussian());
        }
        FcsDataset d = FcsReaderVariantsTest.read(FcsWriter.fcs31()
                        .parameter(Parameter.floating("FSC-A", ""))
                        .parameter(Parameter.floating("FSC-H", ""))
                        .parameter(Parameter.floating("SSC-A", ""))
                        .events(columns)
                        .toBytes())
                .first();
        GatingSample sample = new GatingSample(ScatterParameters.find(d), 10_000);
        sample.add(d);
        boolean[] inside = Gating.apply(d, AutoGating.derive(sample, new ArrayList<>()));
        int wrong = 0;
        for (int e = 0; e < n; e++) {
            wrong += inside[e] != cell[e] ? 1 : 0;
        }
        assertTrue(wrong < 0.02 * n, wrong + " events misclassified");
    }

    @Test
    void gatesNothingAndSaysSoWithoutScatterParameters() throws ImportException {
        FcsDataset d = FcsReaderVariantsTest.read(FcsWriter.fcs31()
                        .parameter(Parameter.floating("PE-A", "pSTAT4"))
                        .events(new double[][] {{1, 2, 3}})
                        .toBytes())
                .first();
        GatingSample sample = new GatingSample(ScatterParameters.find(d), 100);
        sample.add(d);
        List<String> notes = new ArrayList<>();
        assertEquals(List.of(), AutoGating.derive(sample, notes));
        assertTrue(notes.get(0).contains("no FSC and SSC parameters"), notes::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // $PnN names, expected forward, forward height, side
        "'FSC-A,FSC-H,SSC-A,PE-A',      FSC-A,   FSC-H, SSC-A",
        "'FSC-H,SSC-H,FL1-H',           FSC-H,   '',    SSC-H", // FACSCalibur: heights only
        "'FS Lin,SS Lin,FL1 Log',       FS Lin,  '',    SS Lin", // Coulter
        "'FSC,SSC,FL1',                 FSC,     '',    SSC",
        "'FSC LinA,FSC LinH,SSC LinA',  FSC LinA, FSC LinH, SSC LinA",
    })
    void recognisesScatterParameterNames(String names, String forward, String height, String side)
            throws ImportException {
        FcsWriter w = FcsWriter.fcs31();
        String[] parameters = names.split(",");
        for (String name : parameters) {
            w.parameter(Parameter.floating(name, ""));
        }
        w.events(new double[parameters.length][1]);
        ScatterParameters s =
                ScatterParameters.find(FcsReaderVariantsTest.read(w.toBytes()).first());
        assertEquals(forward, s.forward().orElse(""));
        assertEquals(height, s.forwardHeight().orElse(""));
        assertEquals(side, s.side().orElse(""));
    }

    @Test
    void polygonAndRatioGatesContainWhatTheySay() {
        PolygonGate triangle = new PolygonGate(
                "t",
                "x",
                "y",
                List.of(new PolygonGate.Vertex(0, 0), new PolygonGate.Vertex(10, 0), new PolygonGate.Vertex(0, 10)));
        assertTrue(triangle.contains(2, 2));
        assertTrue(!triangle.contains(6, 6));
        assertTrue(!triangle.contains(Double.NaN, 1));
        RatioGate singlets = new RatioGate("singlets", "FSC-H", "FSC-A", 0.7, 0.9);
        assertTrue(singlets.contains(80, 100));
        assertTrue(!singlets.contains(45, 100)); // a doublet
        assertTrue(!singlets.contains(1, 0));
        assertInstanceOf(Gate.class, singlets);
    }
}
