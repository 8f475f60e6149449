/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hillfit bench}: headline performance figures, one per line as {@code name: value unit}. A quick in-process
 * measurement (warm-up, then timed repetitions); the JMH benchmarks under {@code src/jmh} are the careful version.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Print headline performance figures (name: value unit).",
        footer = {"", "Example:", "  hillfit bench --seconds 1"})
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--seconds",
            defaultValue = "2",
            paramLabel = "S",
            description = "Measuring time per figure after warm-up (default 2).")
    private double seconds;

    @Option(names = "--only", paramLabel = "PREFIX", description = "Run only figures whose name starts with this.")
    private String only;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<BenchCase> cases = BenchCases.all();
        for (BenchCase bench : cases) {
            if (only != null && !bench.name().startsWith(only)) {
                continue;
            }
            double value = bench.measure(seconds);
            out.printf(Locale.ROOT, "%s: %s %s%n", bench.name(), format(value), bench.unit());
            out.flush();
        }
        return 0;
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }
}
