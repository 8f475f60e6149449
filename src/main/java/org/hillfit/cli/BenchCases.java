/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures {@code hillfit bench} prints, in order, gathered from one class per area: fitting, flow decoding,
 * analysis and review sessions, the Excel report, and importing. Add a case to its area's class when a new hot path
 * appears.
 */
final class BenchCases {
    private BenchCases() {}

    static List<BenchCase> all() {
        List<BenchCase> cases = new ArrayList<>(FitBenchCases.all());
        cases.addAll(FlowBenchCases.all());
        cases.addAll(AnalysisBenchCases.all());
        cases.add(ReportBench.excel100x384());
        cases.addAll(ImportBenchCases.all());
        return cases;
    }
}
