/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.nio.ByteBuffer;

/** Fixed-width ASCII DATA of FCS 2.0 ({@code $DATATYPE A}, {@code $PnB} characters per value). */
final class FcsAsciiValues {
    private FcsAsciiValues() {}

    /**
     * Decodes {@code n} events.
     *
     * @throws IllegalArgumentException naming the event and parameter when a value holds anything but digits
     */
    static void decode(ByteBuffer in, int first, int n, int[] widths, float[][] columns) {
        int at = 0;
        for (int e = first; e < first + n; e++) {
            for (int p = 0; p < widths.length; p++) {
                long v = 0;
                for (int k = 0; k < widths[p]; k++) {
                    int c = in.get(at + k);
                    if (c >= '0' && c <= '9') {
                        v = v * 10 + (c - '0');
                    } else if (c != ' ') {
                        throw new IllegalArgumentException("ASCII DATA of event " + (e + 1) + ", parameter $P" + (p + 1)
                                + " holds '" + (char) (c & 0xFF) + "'; expected digits");
                    }
                }
                at += widths[p];
                columns[p][e] = v;
            }
        }
    }
}
