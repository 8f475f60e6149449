/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Dimension2D;
import javafx.scene.image.Image;
import org.hillfit.report.CurvePlotData;
import org.hillfit.report.chart.ChartImages;
import org.hillfit.report.chart.ChartStyle;
import org.hillfit.result.CurveFit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Curve thumbnails for the gallery, drawn by the report's chart code ({@link ChartImages}, thumbnail style) on a
 * worker thread and kept in a bounded least-recently-used cache. Curves are immutable and an edit refits only its
 * plate, so a curve's picture is cached by the identity of its {@link CurveFit}: unchanged curves keep their pictures
 * across edits. The newest requests are drawn first (what the user scrolled to). Request and callbacks run on the FX
 * thread.
 */
public final class ThumbnailCache {
    private static final Logger LOGGER = LoggerFactory.getLogger(ThumbnailCache.class);

    /** A curve compared by identity. */
    private record Key(CurveFit curve) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.curve == curve;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(curve);
        }
    }

    private final Executor worker;
    private final Consumer<Runnable> fxThread;
    private final int width;
    private final int height;
    private final double scale;
    private final Map<Key, Image> images;
    private final Map<Key, List<Consumer<Image>>> waiting = new HashMap<>();
    private final LinkedBlockingDeque<Key> queue = new LinkedBlockingDeque<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ReadOnlyIntegerWrapper outstanding = new ReadOnlyIntegerWrapper(this, "outstanding");

    /**
     * @param worker where pictures are drawn (one thread is enough: a thumbnail takes about a millisecond)
     * @param fxThread how finished pictures reach the FX thread
     * @param size logical width and height in pixels
     * @param scale pixels per logical pixel (the screen's output scale)
     * @param capacity the most pictures kept
     */
    public ThumbnailCache(Executor worker, Consumer<Runnable> fxThread, Dimension2D size, double scale, int capacity) {
        this.worker = worker;
        this.fxThread = fxThread;
        this.width = (int) size.getWidth();
        this.height = (int) size.getHeight();
        this.scale = scale;
        this.images = new LinkedHashMap<>(capacity, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Hands the curve's picture to {@code onReady}: at once when cached, else when drawn (on the FX thread).
     *
     * @return true when the picture was cached
     */
    public boolean request(CurveFit curve, Consumer<Image> onReady) {
        Key key = new Key(curve);
        Image cached = images.get(key);
        if (cached != null) {
            onReady.accept(cached);
            return true;
        }
        List<Consumer<Image>> callbacks = waiting.get(key);
        if (callbacks != null) {
            callbacks.add(onReady);
            queue.remove(key);
            queue.addFirst(key);
            return false;
        }
        waiting.put(key, new ArrayList<>(List.of(onReady)));
        outstanding.set(waiting.size());
        queue.addFirst(key);
        startDraining();
        return false;
    }

    /** How many pictures are waiting to be drawn (0 when the gallery is complete). */
    public ReadOnlyIntegerProperty outstandingProperty() {
        return outstanding.getReadOnlyProperty();
    }

    private void drain() {
        Key key;
        while ((key = queue.pollFirst()) != null) {
            Key drawn = key;
            Image image = draw(drawn.curve());
            fxThread.accept(() -> deliver(drawn, image));
        }
        draining.set(false);
        if (!queue.isEmpty()) {
            startDraining();
        }
    }

    private void startDraining() {
        if (draining.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false); // the application is shutting down: no more pictures are needed
            }
        }
    }

    private Image draw(CurveFit curve) {
        try {
            BufferedImage picture =
                    ChartImages.image(CurvePlotData.of(curve), ChartStyle.THUMBNAIL, width, height, scale);
            return SwingFXUtils.toFXImage(picture, null);
        } catch (RuntimeException e) { // boundary: one curve that cannot be drawn must not stop the gallery
            LOGGER.error("could not draw the thumbnail of {} {}", curve.assay(), curve.compound(), e);
            return new javafx.scene.image.WritableImage(1, 1);
        }
    }

    private void deliver(Key key, Image image) {
        images.put(key, image);
        List<Consumer<Image>> callbacks = waiting.remove(key);
        outstanding.set(waiting.size());
        if (callbacks != null) {
            callbacks.forEach(c -> c.accept(image));
        }
    }
}
