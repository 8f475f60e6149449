/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * A synthetic FCS 3.1 file in memory for {@code hillfit bench}: float32 big-endian list-mode data (as BD
 * instruments write it) with random scatter-like values.
 */
final class FcsBenchFile {
    private FcsBenchFile() {}

    /** Bytes of the DATA segment of a file of this shape. */
    static long dataBytes(int events, int parameters) {
        return (long) events * parameters * Float.BYTES;
    }

    /** The whole file. */
    static ByteBuffer floats(int events, int parameters) {
        int data = (int) dataBytes(events, parameters);
        StringBuilder text = new StringBuilder("/$BYTEORD/4,3,2,1/$DATATYPE/F/$MODE/L/$NEXTDATA/0/");
        text.append("$PAR/").append(parameters).append("/$TOT/").append(events).append('/');
        for (int p = 1; p <= parameters; p++) {
            text.append("$P")
                    .append(p)
                    .append("N/FL")
                    .append(p)
                    .append("-A/$P")
                    .append(p)
                    .append("B/32/$P");
            text.append(p).append("R/262144/$P").append(p).append("E/0,0/");
        }
        int textStart = 256;
        int textLength = text.length() + "$BEGINDATA/".length() + 21 + "$ENDDATA/".length() + 21;
        int dataStart = textStart + textLength;
        text.append("$BEGINDATA/")
                .append(padded(dataStart))
                .append("/$ENDDATA/")
                .append(padded(dataStart + data - 1))
                .append('/');
        String header = String.format(
                Locale.ROOT,
                "FCS3.1    %8d%8d%8d%8d%8d%8d",
                textStart,
                dataStart - 1,
                dataStart,
                dataStart + data - 1,
                0,
                0);
        ByteBuffer file = ByteBuffer.allocate(dataStart + data);
        file.put(header.getBytes(StandardCharsets.US_ASCII));
        while (file.position() < textStart) {
            file.put((byte) ' ');
        }
        file.put(text.toString().getBytes(StandardCharsets.US_ASCII));
        Random random = new Random(11);
        while (file.hasRemaining()) {
            file.putFloat((float) (50_000 + 20_000 * random.nextGaussian()));
        }
        return file.flip();
    }

    private static String padded(long value) {
        return String.format(Locale.ROOT, "%020d", value);
    }
}
