/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportResult;
import org.hillfit.io.PlateImporter;
import org.hillfit.testing.FuzzTries;

/**
 * Structured fuzzing of the generic importers: grids and lists that are almost right (odd widths, row labels out of
 * order or past the plate, extra or missing cells, markers, text, wells on no plate, repeated wells, mixed plates).
 * Each one is read or rejected with an {@link ImportException} naming the file; nothing else may escape.
 */
@AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class GenericImportersFuzzTest implements AutoCloseable {
    private static final List<String> ROW_LABELS =
            List.of("A", "B", "C", "D", "H", "I", "P", "Q", "Z", "AA", "AF", "AG", "a", "f", "g", "", "Mean", "1");
    private static final List<String> CELLS =
            List.of("1", "2.5", "0,5", "-3", "1e999", "NaN", "OVRFLW", "Range?", "", " ", "x", "=\"7\"", "'9");
    private static final List<String> WELLS =
            List.of("A1", "A01", "A001", "H12", "P24", "AF48", "Q49", "AG1", "A0", "a1", "", "Z99", "B2", "B02");

    private final Path dir;

    GenericImportersFuzzTest() throws IOException {
        dir = Files.createTempDirectory("hillfit-fuzz");
    }

    @Property
    void almostRightGridsAreReadOrRejectedCleanly(@ForAll("grids") String text, @ForAll("delimiters") char d)
            throws IOException {
        check(new GenericMatrixImporter(), text.replace(',', d));
    }

    @Property
    void almostRightListsAreReadOrRejectedCleanly(@ForAll("lists") String text) throws IOException {
        check(new GenericListImporter(), text);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t');
    }

    @Provide
    Arbitrary<String> grids() {
        Arbitrary<Integer> width = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(12, 24, 48)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 52)));
        Arbitrary<String> grid = Combinators.combine(
                        Arbitraries.of("Signal", "665 nm", "Plate: P1", "Plate: P2", ""),
                        width,
                        Arbitraries.integers().between(-3, 3),
                        Arbitraries.longs())
                .as(GenericImportersFuzzTest::grid);
        return grid.list().ofMinSize(1).ofMaxSize(3).map(g -> String.join("\n", g));
    }

    /**
     * A grid of about the plate's row count whose rows mostly run in order and are full, with a few random labels,
     * cells and row lengths.
     */
    private static String grid(String title, int width, int rowsOff, long seed) {
        java.util.Random random = new java.util.Random(seed);
        int plateRows = width == 12 ? 8 : width == 24 ? 16 : width == 48 ? 32 : random.nextInt(34);
        int rows = Math.max(0, plateRows + rowsOff);
        StringBuilder s = new StringBuilder(title).append('\n');
        for (int c = 1; c <= width; c++) {
            s.append(',').append(c);
        }
        s.append('\n');
        boolean lowerAfterZ = random.nextBoolean();
        for (int r = 0; r < rows; r++) {
            String label = r < 26 || !lowerAfterZ
                    ? org.hillfit.plate.WellId.rowLabel(Math.min(r, 31))
                    : "" + (char) ('a' + r - 26);
            if (random.nextInt(60) == 0) {
                label = ROW_LABELS.get(random.nextInt(ROW_LABELS.size()));
            }
            s.append(label);
            int cells = random.nextInt(40) == 0 ? random.nextInt(width + 3) : width;
            for (int c = 0; c < cells; c++) {
                s.append(',').append(random.nextInt(8) == 0 ? CELLS.get(random.nextInt(CELLS.size())) : "" + c);
            }
            s.append('\n');
        }
        return s.toString();
    }

    @Provide
    Arbitrary<String> lists() {
        Arbitrary<String> header = Arbitraries.of(
                "well,665,620",
                "plate,well,channel,value,flag",
                "Plate,Well,Acceptor 665,Donor 620",
                "well,665,665",
                "well,notes",
                "value;channel;well",
                "well,role,compound");
        Arbitrary<String> line = Combinators.combine(
                        Arbitraries.of("P1", "P2", ""),
                        Arbitraries.of(WELLS),
                        Arbitraries.of("665", "620", ""),
                        Arbitraries.of(CELLS),
                        Arbitraries.of("", "overflow", "out_of_range", "weird"))
                .as((plate, well, channel, value, flag) -> String.join(",", plate, well, channel, value, flag));
        return Combinators.combine(header, line.list().ofMaxSize(60))
                .as((h, lines) -> h + "\n" + String.join("\n", lines) + "\n");
    }

    private void check(PlateImporter importer, String text) throws IOException {
        Path file = Files.writeString(dir.resolve("fuzz.csv"), text);
        try {
            ImportResult result = importer.read(file, ImportContext.defaults());
            assertFalse(result.plates().isEmpty());
        } catch (ImportException e) {
            assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
