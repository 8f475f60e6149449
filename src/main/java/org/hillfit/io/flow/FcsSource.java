/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Random access to the bytes of one FCS file: a file channel, or bytes already in memory (a zip entry, a
 * benchmark). Not thread-safe.
 */
interface FcsSource {

    /** Total size in bytes. */
    long size();

    /**
     * A buffer holding {@code length} bytes from {@code position}, positioned at 0. It may be reused by the next
     * call, so callers finish with one window before asking for another.
     *
     * @throws IOException when the bytes cannot be read (the caller has checked they lie inside the file)
     */
    ByteBuffer window(long position, int length) throws IOException;

    /** Bytes in memory; windows are views, nothing is copied. */
    static FcsSource of(ByteBuffer bytes) {
        ByteBuffer all = bytes.duplicate();
        all.position(0);
        return new FcsSource() {
            @Override
            public long size() {
                return all.limit();
            }

            @Override
            public ByteBuffer window(long position, int length) {
                return all.duplicate()
                        .position((int) position)
                        .limit((int) position + length)
                        .slice();
            }
        };
    }

    /** A file channel; windows are read into one reused heap buffer. */
    static FcsSource of(FileChannel channel) throws IOException {
        long size = channel.size();
        return new FcsSource() {
            private ByteBuffer buffer = ByteBuffer.allocate(0);

            @Override
            public long size() {
                return size;
            }

            @Override
            public ByteBuffer window(long position, int length) throws IOException {
                if (buffer.capacity() < length) {
                    buffer = ByteBuffer.allocate(length);
                }
                buffer.clear().limit(length);
                long at = position;
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, at);
                    if (n < 0) {
                        throw new IOException("the file ended at byte " + at + " while reading bytes " + position + "–"
                                + (position + length - 1));
                    }
                    at += n;
                }
                return buffer.flip();
            }
        };
    }
}
