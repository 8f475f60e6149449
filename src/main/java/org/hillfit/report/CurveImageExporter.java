/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.chart.ChartImages;
import org.hillfit.report.chart.ChartStyle;
import org.hillfit.result.CurveFit;

/**
 * Curve pictures as files ({@code hillfit analyze --curves-dir}): one full-size chart per curve, named
 * {@code <compound>_<assay>_<plate>.png}, and per compound an overlay of its assays, {@code
 * <compound>_all-assays.png} (when there are several). PNG at a chosen resolution or SVG; each file written
 * atomically. Characters other than letters, digits, '.', '-' and '_' in names become '_'.
 */
public final class CurveImageExporter {

    /** The picture format. */
    public enum Format {
        PNG,
        SVG;

        /** The file extension. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses "png" or "svg", any case. */
        public static Optional<Format> parse(String text) {
            for (Format f : values()) {
                if (f.extension().equalsIgnoreCase(text.strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * How pictures are made.
     *
     * @param format PNG or SVG
     * @param dpi PNG resolution (96 screen, 300 print); ignored for SVG
     * @param width logical width in pixels at 96 dpi
     * @param height logical height in pixels at 96 dpi
     * @param unit concentration unit of the axis
     */
    public record Options(Format format, int dpi, int width, int height, ConcentrationUnit unit) {
        /** 300 dpi PNG, 480 × 340, nM. */
        public static final Options DEFAULT = new Options(Format.PNG, 300, 480, 340, ConcentrationUnit.NANOMOLAR);

        public Options {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(unit, "unit");
            if (dpi < 72 || dpi > 1200 || width < 100 || height < 80 || width > 4000 || height > 4000) {
                throw new IllegalArgumentException("pictures need 72–1200 dpi and 100–4000 × 80–4000 pixels; got " + dpi
                        + " dpi, " + width + " × " + height);
            }
        }

        /** A copy with another format and resolution. */
        public Options with(Format newFormat, int newDpi) {
            return new Options(newFormat, newDpi, width, height, unit);
        }
    }

    private CurveImageExporter() {}

    /**
     * Writes a picture of every curve, and the overlays, into {@code folder} (created when missing).
     *
     * @return the files written, in report order
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(
            List<CurveFit> curves, Path folder, Options options, ProgressSink progress, CancellationToken cancellation)
            throws IOException {
        Files.createDirectories(folder);
        CurveGrid grid = new CurveGrid(curves);
        List<Job> jobs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (CurveFit curve : grid.ordered()) {
            String name = unique(used, curve.compound() + "_" + curve.assay() + "_" + curve.plate());
            jobs.add(new Job(
                    folder.resolve(name + "." + options.format().extension()),
                    CurvePlotData.of(curve, options.unit())));
        }
        if (CurvesSheet.hasOverlay(grid)) {
            for (CurveGrid.Block block : grid.blocks()) {
                String suffix = block.replicate() > 1 ? "_all-assays-" + block.replicate() : "_all-assays";
                String name = unique(used, block.compound() + suffix);
                jobs.add(new Job(
                        folder.resolve(name + "." + options.format().extension()),
                        CurvePlotData.overlay(block.compound(), block.curves(), options.unit())));
            }
        }
        AtomicLong done = new AtomicLong();
        try {
            jobs.parallelStream().forEach(job -> {
                cancellation.throwIfCancelled();
                write(job, options);
                progress.report("Writing curve pictures", done.incrementAndGet(), jobs.size());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return jobs.stream().map(Job::target).toList();
    }

    private static void write(Job job, Options options) {
        try {
            if (options.format() == Format.SVG) {
                ChartImages.writeSvg(job.target(), job.data(), ChartStyle.FULL, options.width(), options.height());
            } else {
                ChartImages.writePng(
                        job.target(), job.data(), ChartStyle.FULL, options.width(), options.height(), options.dpi());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file-system-safe name, made unique (case-insensitively) with "-2", "-3", … */
    static String unique(Set<String> used, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        safe = safe.length() > 150 ? safe.substring(0, 150) : safe;
        String candidate = safe;
        for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = safe + "-" + i;
        }
        return candidate;
    }

    private record Job(Path target, CurvePlotData data) {}
}
