/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.SourceLocation;

/** Reads one dataset starting at {@code base}: HEADER, TEXT (+ supplemental TEXT), DATA. Single use. */
final class FcsDatasetReader {
    private final SourceLocation where;
    private final FcsSource source;
    private final long base;
    private final ImportLimits limits;
    private final List<String> warnings = new ArrayList<>();
    private FcsKeywords keywords = new FcsKeywords(Map.of());

    FcsDatasetReader(SourceLocation where, FcsSource source, long base, ImportLimits limits) {
        this.where = where;
        this.source = source;
        this.base = base;
        this.limits = limits;
    }

    /** Warnings collected while reading. */
    List<String> warnings() {
        return warnings;
    }

    /** The keywords, once read. */
    FcsKeywords keywords() {
        return keywords;
    }

    FcsDataset read() throws ImportException, IOException {
        FcsHeader header = header();
        keywords = text(header);
        int parameterCount = parameterCount();
        List<FcsParameter> parameters = FcsParameters.of(keywords, parameterCount, warnings);
        FcsDataLayout layout = layout(parameters);
        checkMode();
        long events = eventCount(header, layout);
        long start = FcsDataSegment.resolve(this, header, layout.bytesPerEvent(), events);
        checkMemory(events, parameterCount);
        float[][] columns;
        try {
            columns = FcsDataDecoder.decode(source, start, (int) events, layout);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
        FcsDataDecoder.scale(columns, parameters, layout.type() == 'I' || layout.type() == 'A');
        return new FcsDataset(header.version(), keywords, parameters, columns, false);
    }

    /** An exception about this file (and dataset, when it is not the first). */
    ImportException fail(String problem) {
        return new ImportException(where, base == 0 ? problem : "dataset at byte " + base + ": " + problem);
    }

    void warn(String warning) {
        warnings.add(base == 0 ? warning : "dataset at byte " + base + ": " + warning);
    }

    long base() {
        return base;
    }

    long size() {
        return source.size();
    }

    private FcsHeader header() throws ImportException, IOException {
        long available = source.size() - base;
        if (available < FcsHeader.LENGTH) {
            throw fail("the file is " + available + " bytes long, too short for an FCS file, whose HEADER alone has "
                    + FcsHeader.LENGTH + " bytes");
        }
        try {
            return FcsHeader.parse(source.window(base, FcsHeader.LENGTH));
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    private FcsKeywords text(FcsHeader header) throws ImportException, IOException {
        long start = header.textStart();
        long end = header.textEnd();
        if (start < FcsHeader.LENGTH || end <= start) {
            throw fail("the HEADER gives TEXT at bytes " + start + "–" + end + "; expected a segment after byte "
                    + (FcsHeader.LENGTH - 1));
        }
        if (base + end >= source.size()) {
            throw fail("TEXT (bytes " + start + "–" + end + ") runs past the end of the file (" + source.size()
                    + " bytes); the file is truncated");
        }
        if (end - start + 1 > FcsReader.maxTextBytes()) {
            throw fail("TEXT is " + (end - start + 1) + " bytes, over the limit of " + FcsReader.maxTextBytes());
        }
        Map<String, String> merged = new LinkedHashMap<>(segment(start, end, "TEXT"));
        supplemental(start, end, merged);
        return new FcsKeywords(merged);
    }

    private Map<String, String> segment(long start, long end, String what) throws IOException {
        ByteBuffer window = source.window(base + start, (int) (end - start + 1));
        byte[] bytes = new byte[window.remaining()];
        window.get(bytes);
        FcsTextParser.Parsed parsed = FcsTextParser.parse(bytes, 0, bytes.length);
        parsed.warnings().forEach(w -> warn(what + ": " + w));
        return parsed.keywords();
    }

    private void supplemental(long textStart, long textEnd, Map<String, String> keywords) throws IOException {
        FcsKeywords primary = new FcsKeywords(keywords);
        OptionalLong start = primary.integer("$BEGINSTEXT");
        OptionalLong end = primary.integer("$ENDSTEXT");
        if (start.isEmpty() || end.isEmpty() || start.getAsLong() == 0 || start.getAsLong() == textStart) {
            return;
        }
        long s = start.getAsLong();
        long e = end.getAsLong();
        if (s < FcsHeader.LENGTH || e < s || base + e >= source.size() || e - s + 1 > FcsReader.maxTextBytes()) {
            warn("supplemental TEXT ($BEGINSTEXT " + s + ", $ENDSTEXT " + e + ") lies outside the file; ignored");
            return;
        }
        if (s <= textEnd && e >= textStart) {
            return; // overlaps the primary TEXT: nothing new
        }
        segment(s, e, "supplemental TEXT").forEach((k, v) -> {
            String first = keywords.putIfAbsent(k, v);
            if (first != null && !first.equals(v)) {
                warn("keyword " + k + " is in TEXT ('" + first.strip() + "') and in supplemental TEXT ('" + v.strip()
                        + "'); the TEXT value is used");
            }
        });
    }

    private int parameterCount() throws ImportException {
        OptionalLong par = keywords.integer("$PAR");
        if (par.isEmpty()) {
            throw fail(
                    keywords.has("$PAR")
                            ? "$PAR is '" + keywords.get("$PAR").orElse("") + "', not a number"
                            : "TEXT has no $PAR keyword (the number of parameters)");
        }
        if (par.getAsLong() < 1 || par.getAsLong() > 10_000) {
            throw fail("$PAR is " + par.getAsLong() + "; expected 1–10000 parameters");
        }
        return (int) par.getAsLong();
    }

    private FcsDataLayout layout(List<FcsParameter> parameters) throws ImportException {
        try {
            return FcsDataLayout.of(keywords, parameters);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    private void checkMode() throws ImportException {
        String mode = keywords.text("$MODE").orElse("L");
        if (!mode.equalsIgnoreCase("L")) {
            throw fail("$MODE is '" + mode + "'; only list-mode data ($MODE L) can be analysed");
        }
    }

    private long eventCount(FcsHeader header, FcsDataLayout layout) throws ImportException {
        OptionalLong tot = keywords.integer("$TOT");
        if (tot.isPresent()) {
            if (tot.getAsLong() < 0 || tot.getAsLong() > Integer.MAX_VALUE - 8) {
                throw fail("$TOT is " + tot.getAsLong() + "; expected 0 to " + (Integer.MAX_VALUE - 8) + " events");
            }
            return tot.getAsLong();
        }
        if (keywords.text("$TOT").isPresent()) { // present but unreadable: never guessed from the DATA length
            throw fail("$TOT is '" + keywords.get("$TOT").orElse("") + "'; expected a whole number of events (0 to "
                    + (Integer.MAX_VALUE - 8) + ")");
        }
        long length = header.dataEnd() - header.dataStart() + 1;
        if (header.dataStart() == 0 || length % layout.bytesPerEvent() != 0) {
            throw fail("TEXT has no $TOT keyword and the DATA length does not give a whole number of events");
        }
        warn("no $TOT keyword; " + length / layout.bytesPerEvent() + " events taken from the DATA length");
        return length / layout.bytesPerEvent();
    }

    private void checkMemory(long events, int parameterCount) throws ImportException {
        long bytes = events * parameterCount * Float.BYTES;
        if (bytes > 4 * limits.maxFileBytes()) {
            throw fail(events + " events × " + parameterCount + " parameters need " + (bytes >> 20)
                    + " MiB, over the limit of " + (4 * limits.maxFileBytes() >> 20) + " MiB");
        }
    }
}
