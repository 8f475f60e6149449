/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Only the newest of several quick requests is applied. No JavaFX toolkit needed. */
class LatestJobSchedulerTest {

    @Test
    void appliesOnlyTheLatestRequest() throws InterruptedException {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        List<Integer> applied = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        LatestJobScheduler<Integer> scheduler = new LatestJobScheduler<>(executor, 50, Runnable::run);
        for (int i = 1; i <= 5; i++) {
            int value = i;
            scheduler.request(
                    (progress, token) -> value,
                    result -> {
                        synchronized (applied) {
                            applied.add(result);
                        }
                        done.countDown();
                    },
                    message -> done.countDown());
        }
        done.await(5, TimeUnit.SECONDS);
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        assertEquals(List.of(5), applied);
    }

    @Test
    void aSupersededRunningJobIsCancelled() throws InterruptedException {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        List<String> events = new ArrayList<>();
        LatestJobScheduler<String> scheduler = new LatestJobScheduler<>(executor, 0, Runnable::run);
        scheduler.request(
                (progress, token) -> {
                    started.countDown();
                    while (!token.isCancelled()) {
                        Thread.onSpinWait();
                    }
                    token.throwIfCancelled();
                    return "first";
                },
                events::add,
                events::add);
        started.await(5, TimeUnit.SECONDS);
        scheduler.request(
                (progress, token) -> "second",
                result -> {
                    events.add(result);
                    finished.countDown();
                },
                events::add);
        finished.await(5, TimeUnit.SECONDS);
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        assertEquals(List.of("second"), events);
    }
}
