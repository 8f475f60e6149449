/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.hillfit.job.CancellationToken;
import org.hillfit.report.chart.ChartImages;
import org.hillfit.report.chart.ChartStyle;

/**
 * Curve pictures for the workbook: rendered in parallel, a chunk at a time (so memory stays bounded however many
 * curves there are), added once to the workbook and placed by index, so one picture can appear on several sheets.
 * Pictures are rendered at twice their size for sharp display and print, and placed at an exact pixel size inside
 * one cell (which moves, hides and sorts with its row).
 */
final class CurvePictures {
    /** Pixels rendered per logical pixel. */
    static final double SCALE = 2;
    /** Gap between a cell's top-left corner and its picture, logical pixels. */
    static final int MARGIN = 4;

    private static final int CHUNK = 64;

    private final Workbook workbook;
    private final CancellationToken cancellation;

    CurvePictures(Workbook workbook, CancellationToken cancellation) {
        this.workbook = workbook;
        this.cancellation = cancellation;
    }

    /**
     * Renders the charts and adds them to the workbook.
     *
     * @param done told how many charts are finished after each chunk
     * @return the workbook's picture index of each chart, in order
     */
    List<Integer> add(List<CurvePlotData> charts, ChartStyle style, int width, int height, IntConsumer done) {
        List<Integer> indexes = new ArrayList<>(charts.size());
        int dpi = (int) Math.round(ChartImages.SCREEN_DPI * SCALE);
        for (int start = 0; start < charts.size(); start += CHUNK) {
            cancellation.throwIfCancelled();
            int from = start;
            int to = Math.min(charts.size(), start + CHUNK);
            byte[][] pngs = new byte[to - from][];
            IntStream.range(from, to)
                    .parallel()
                    .forEach(i -> pngs[i - from] = ChartImages.png(charts.get(i), style, width, height, dpi));
            for (byte[] png : pngs) {
                indexes.add(workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG));
            }
            done.accept(to);
        }
        return indexes;
    }

    /**
     * Places a picture inside one cell at an exact size; the cell must be at least {@code width + 2 MARGIN} by
     * {@code height + 2 MARGIN} pixels.
     */
    static void place(Drawing<?> drawing, int pictureIndex, int column, int row, int width, int height) {
        ClientAnchor anchor = drawing.createAnchor(
                Units.pixelToEMU(MARGIN),
                Units.pixelToEMU(MARGIN),
                Units.pixelToEMU(MARGIN + width),
                Units.pixelToEMU(MARGIN + height),
                column,
                row,
                column,
                row);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        drawing.createPicture(anchor, pictureIndex);
    }

    /** A column width (in 1/256 character units) that holds {@code pixels} plus margins. */
    static int columnWidthFor(int pixels) {
        return (int) Math.ceil((pixels + 2 * MARGIN + 4 - 5) / 7.0) * 256;
    }

    /** A row height in points that holds {@code pixels} plus margins. */
    static float rowHeightFor(int pixels) {
        return (pixels + 2 * MARGIN) * 72f / 96f;
    }
}
