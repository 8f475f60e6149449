/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.SourceLocation;

/**
 * Reads FCS 2.0, 3.0, 3.1 and 3.2 list-mode files: every dataset of the {@code $NEXTDATA} chain, with TEXT and
 * supplemental TEXT keywords and the events decoded to floats (see {@link FcsDataset}). Spillover is not applied
 * here; see {@link Spillover}. Stateless and thread-safe.
 *
 * <p>What the reader tolerates, each with a warning where something was reinterpreted: HEADER and TEXT offsets
 * that disagree (the pair that fits {@code $TOT} × bytes per event inside the file wins), blank HEADER offsets
 * (files over 99,999,999 bytes), a DATA end one byte off, escaped delimiters, TEXT without a final delimiter or with
 * padding after it, keywords in any case, duplicate keywords (the first wins), UTF-8 or Latin-1 values.
 */
public final class FcsReader {
    private static final int MAX_TEXT_BYTES = 64 << 20;
    private static final int MAX_DATASETS = 64;

    private FcsReader() {}

    /**
     * Reads a file.
     *
     * @throws ImportException naming the file and what is wrong when it is not a readable FCS file
     */
    public static FcsFile read(Path file, ImportLimits limits) throws ImportException {
        SourceLocation where = SourceLocation.of(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > limits.maxFileBytes()) {
                throw new ImportException(
                        where,
                        "the file is " + channel.size() + " bytes, over the limit of " + limits.maxFileBytes()
                                + " bytes");
            }
            return read(where, FcsSource.of(channel), limits);
        } catch (IOException e) {
            throw new ImportException(where, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads an FCS file held in memory (a zip entry): the buffer's bytes from index 0 to its limit, whatever its
     * position. The buffer is not modified or copied.
     *
     * @param name the path shown in messages
     * @throws ImportException naming {@code name} and what is wrong when the bytes are not a readable FCS file
     */
    public static FcsFile read(Path name, ByteBuffer content, ImportLimits limits) throws ImportException {
        SourceLocation where = SourceLocation.of(name);
        try {
            return read(where, FcsSource.of(content), limits);
        } catch (IOException e) {
            throw new ImportException(where, "cannot read the data (" + e.getMessage() + ")", e);
        }
    }

    static FcsFile read(SourceLocation where, FcsSource source, ImportLimits limits)
            throws ImportException, IOException {
        List<FcsDataset> datasets = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        long base = 0;
        while (true) {
            FcsDatasetReader reader = new FcsDatasetReader(where, source, base, limits);
            datasets.add(reader.read());
            reader.warnings().forEach(w -> problems.add(ImportProblem.warning(where, w)));
            Optional<Long> next = nextDataset(reader, base, source.size(), datasets.size(), problems, where);
            if (next.isEmpty()) {
                return new FcsFile(where.file(), datasets, problems);
            }
            base = next.get();
        }
    }

    private static Optional<Long> nextDataset(
            FcsDatasetReader reader,
            long base,
            long size,
            int count,
            List<ImportProblem> problems,
            SourceLocation where) {
        OptionalLong next = reader.keywords().integer("$NEXTDATA");
        if (next.isEmpty() || next.getAsLong() == 0) {
            return Optional.empty();
        }
        long at = base + next.getAsLong();
        if (next.getAsLong() < 0 || at + FcsHeader.LENGTH > size || count >= MAX_DATASETS) {
            problems.add(ImportProblem.warning(
                    where,
                    "$NEXTDATA " + next.getAsLong() + " of dataset " + count
                            + " points outside the file (or past " + MAX_DATASETS + " datasets); later datasets are"
                            + " ignored"));
            return Optional.empty();
        }
        return Optional.of(at);
    }

    /** Largest TEXT segment accepted, in bytes. */
    static int maxTextBytes() {
        return MAX_TEXT_BYTES;
    }

    /** True when the bytes start like an FCS file ("FCS2.0", "FCS3.1" …). */
    public static boolean looksLikeFcs(byte[] head) {
        return head.length >= 6
                && head[0] == 'F'
                && head[1] == 'C'
                && head[2] == 'S'
                && (head[3] == '2' || head[3] == '3')
                && head[4] == '.'
                && Character.isDigit(head[5]);
    }

    /** True when the file starts like an FCS file; false when it cannot be read. */
    static boolean looksLikeFcs(Path file) {
        try (var in = Files.newInputStream(file)) {
            return looksLikeFcs(in.readNBytes(6));
        } catch (IOException e) {
            return false; // unreadable: the caller treats the file as not FCS
        }
    }
}
