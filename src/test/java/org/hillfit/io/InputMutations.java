/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Damaged copies of a valid input: truncations and byte-level mutations, reproducible from a seed. */
public final class InputMutations {
    private InputMutations() {}

    /** Truncations at a third, a half and one byte short of the end. */
    static List<byte[]> truncations(byte[] bytes) {
        List<byte[]> cut = new ArrayList<>();
        for (int length : new int[] {bytes.length / 3, bytes.length / 2, bytes.length - 1}) {
            if (length > 0 && length < bytes.length) {
                cut.add(Arrays.copyOf(bytes, length));
            }
        }
        return cut;
    }

    /** {@code count} mutated copies: random bytes overwritten, a chunk deleted, a chunk repeated, digits swapped. */
    static List<byte[]> mutations(byte[] bytes, long seed, int count) {
        Random random = new Random(seed);
        List<byte[]> mutated = new ArrayList<>();
        for (int i = 0; i < count && bytes.length > 0; i++) {
            mutated.add(mutate(bytes, random, i % 4));
        }
        return mutated;
    }

    /** One mutation of the given kind (0–3). */
    public static byte[] mutate(byte[] bytes, Random random, int kind) {
        byte[] copy = bytes.clone();
        int at = random.nextInt(bytes.length);
        int span = 1 + random.nextInt(Math.max(1, Math.min(64, bytes.length - at)));
        switch (kind) {
            case 0 -> {
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 1 -> {
                byte[] shorter = new byte[bytes.length - span];
                System.arraycopy(bytes, 0, shorter, 0, at);
                System.arraycopy(bytes, at + span, shorter, at, bytes.length - at - span);
                return shorter;
            }
            case 2 -> {
                byte[] longer = new byte[bytes.length + span];
                System.arraycopy(bytes, 0, longer, 0, at + span);
                System.arraycopy(bytes, at, longer, at + span, bytes.length - at);
                return longer;
            }
            default -> {
                for (int k = 0; k < copy.length; k++) {
                    if (copy[k] >= '0' && copy[k] <= '9' && random.nextInt(16) == 0) {
                        copy[k] = (byte) "x;,\t\n\"-.E".charAt(random.nextInt(9));
                    }
                }
                return copy;
            }
        }
    }
}
