/**
 * Curve pictures: {@link org.hillfit.report.CurvePlotData} drawn by JFreeChart, as a chart object (for the
 * workbench's viewer), a raster image or PNG at a chosen size and resolution, or SVG. The only part of the core
 * that uses {@code java.awt}; it runs headless.
 */
@NullMarked
package org.hillfit.report.chart;

import org.jspecify.annotations.NullMarked;
