/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.OptionalLong;
import org.hillfit.io.ImportException;

/**
 * Decides where DATA starts. The HEADER and the {@code $BEGINDATA}/{@code $ENDDATA} keywords both say; writers get
 * either wrong (HEADER offsets past the end of the file, a TEXT start that points into TEXT, an end one byte off,
 * blank HEADER offsets for files over 99,999,999 bytes). Each candidate is checked against {@code $TOT} × bytes
 * per event and the file size: one whose length matches exactly and fits the file beats one that merely fits; on a
 * tie the TEXT keywords win for FCS 3.x and the HEADER for FCS 2.0, whose TEXT offsets are not standard.
 */
final class FcsDataSegment {

    private record Candidate(String source, long start, long end, int score) {}

    private FcsDataSegment() {}

    /**
     * The absolute byte where DATA starts.
     *
     * @throws ImportException when no candidate holds {@code events} × {@code bytesPerEvent} bytes inside the file
     */
    static long resolve(FcsDatasetReader reader, FcsHeader header, int bytesPerEvent, long events)
            throws ImportException {
        long needed = events * bytesPerEvent;
        if (needed == 0) {
            return reader.base();
        }
        OptionalLong textStart = reader.keywords().integer("$BEGINDATA");
        OptionalLong textEnd = reader.keywords().integer("$ENDDATA");
        Candidate fromHeader = header.dataStart() > 0
                ? candidate(reader, "HEADER", header.dataStart(), header.dataEnd(), needed)
                : null;
        Candidate fromText = textStart.isPresent() && textEnd.isPresent() && textStart.getAsLong() > 0
                ? candidate(reader, "$BEGINDATA/$ENDDATA", textStart.getAsLong(), textEnd.getAsLong(), needed)
                : null;
        Candidate best = choose(fromHeader, fromText, header.versionNumber() >= 3);
        if (best == null) {
            throw reader.fail("neither the HEADER nor $BEGINDATA/$ENDDATA say where DATA is");
        }
        if (best.score() == 0) {
            throw reader.fail("DATA needs $TOT " + events + " × " + bytesPerEvent + " bytes = " + needed
                    + " bytes from byte " + best.start() + " (" + best.source() + "), but the file has only "
                    + Math.max(0, reader.size() - reader.base() - best.start()) + " bytes there; the file is"
                    + " truncated or its offsets are wrong");
        }
        report(reader, best, fromHeader, fromText, bytesPerEvent, needed);
        return reader.base() + best.start();
    }

    private static Candidate candidate(FcsDatasetReader reader, String source, long start, long end, long needed) {
        boolean fits = start >= FcsHeader.LENGTH && reader.base() + start + needed <= reader.size();
        boolean exact = end - start + 1 == needed;
        return new Candidate(source, start, end, fits ? (exact ? 2 : 1) : 0);
    }

    private static Candidate choose(Candidate header, Candidate text, boolean preferText) {
        if (header == null || text == null) {
            return header == null ? text : header;
        }
        if (header.score() != text.score()) {
            return header.score() > text.score() ? header : text;
        }
        return preferText ? text : header;
    }

    private static void report(
            FcsDatasetReader reader, Candidate best, Candidate header, Candidate text, int bytesPerEvent, long needed) {
        if (header != null && text != null && (header.start() != text.start() || header.end() != text.end())) {
            reader.warn("the HEADER puts DATA at bytes " + header.start() + "–" + header.end()
                    + " but $BEGINDATA/$ENDDATA say " + text.start() + "–" + text.end() + "; using the "
                    + best.source() + " offsets, which fit $TOT × " + bytesPerEvent + " bytes inside the file");
        } else if (best.score() == 1) {
            reader.warn("DATA is declared as bytes " + best.start() + "–" + best.end() + " but $TOT × "
                    + bytesPerEvent + " bytes = " + needed + " bytes; " + needed + " bytes from byte " + best.start()
                    + " are read");
        }
    }
}
