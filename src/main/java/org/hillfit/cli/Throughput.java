/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

/** Times an operation: repeats it during a warm-up, then counts repetitions in the measuring time. */
final class Throughput {
    private Throughput() {}

    /** An operation returning a value, so the JIT cannot drop the work. */
    @FunctionalInterface
    interface Operation {
        Object run() throws Exception;
    }

    /** Operations per second. */
    static double perSecond(Operation operation, double seconds) throws Exception {
        long warmupEnd = System.nanoTime() + (long) (Math.max(0.3, seconds / 2) * 1e9);
        int sink = 0;
        while (System.nanoTime() < warmupEnd) {
            sink += System.identityHashCode(operation.run()) & 1;
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long count = 0;
        long now;
        do {
            sink += System.identityHashCode(operation.run()) & 1;
            count++;
            now = System.nanoTime();
        } while (now < end);
        if (sink == Integer.MIN_VALUE) {
            throw new IllegalStateException("unreachable; keeps the sink alive");
        }
        return count / ((now - start) / 1e9);
    }
}
