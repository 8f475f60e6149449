/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.flow.FcsReader;

/** Flow-cytometry figures of {@code hillfit bench}. */
final class FlowBenchCases {
    private static final int EVENTS = 200_000;
    private static final int PARAMETERS = 8;

    private FlowBenchCases() {}

    static List<BenchCase> all() {
        return List.of(BenchCase.of("fcs_decode", "MB/s", FlowBenchCases::fcsDecode));
    }

    /** DATA bytes decoded per second from an in-memory FCS 3.1 file of 200,000 events × 8 float parameters. */
    private static double fcsDecode(double seconds) throws Exception {
        ByteBuffer file = FcsBenchFile.floats(EVENTS, PARAMETERS);
        Path name = Path.of("bench.fcs");
        double files = Throughput.perSecond(() -> FcsReader.read(name, file, ImportLimits.DEFAULT), seconds);
        return files * FcsBenchFile.dataBytes(EVENTS, PARAMETERS) / 1e6;
    }
}
