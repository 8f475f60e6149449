/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.hillfit.testing.FuzzTries;
import org.hillfit.testing.HostileEdits;

/**
 * Bad input never crashes a layout reader: it reads, or it fails with an {@link ImportException}. Tries from {@link
 * FuzzTries}.
 */
@AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class LayoutReadersFuzzTest {

    @Property
    void garbledLayoutsAreReadOrRejectedCleanly(@ForAll("layoutish") String text) throws IOException {
        Path file = Files.createTempFile("fuzz-layout", ".csv");
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            LayoutReaders.read(file, ImportContext.defaults());
        } catch (ImportException expected) {
            // a clean rejection is fine
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property
    void garbledTransferLogsAreReadOrRejectedCleanly(@ForAll("logish") String text) throws IOException {
        Path file = Files.createTempFile("fuzz-echo", ".csv");
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            EchoLogReader.read(file, ImportContext.defaults());
        } catch (ImportException expected) {
            // a clean rejection is fine
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property
    void editedRealLayoutsLogsAndMapsAreReadOrRejectedCleanly(@ForAll long seed) throws IOException {
        Path[] samples = {
            Path.of("sample-plates", "panel-layout.csv"),
            Path.of("src/test/resources/bad/layouts/grid-value-beyond-header.csv"),
            Path.of("src/test/resources/bad/layouts/template-bad-fold.txt"),
            Path.of("src/test/resources/org/hillfit/io/layout/echo/transfer-log.csv"),
            Path.of("src/test/resources/org/hillfit/io/layout/echo/source-map.csv")
        };
        int which = (int) Math.floorMod(seed, (long) samples.length);
        String text = Files.readString(samples[which], StandardCharsets.UTF_8)
                .replace("fold = 0", "fold = 3"); // start from a valid template
        Path file = Files.createTempFile("fuzz-layout", ".csv");
        try {
            Files.write(file, HostileEdits.editBytes(text, seed));
            switch (which) {
                case 3 -> EchoLogReader.read(file, ImportContext.defaults());
                case 4 -> SourceMap.read(file, ImportContext.defaults());
                default -> LayoutReaders.read(file, ImportContext.defaults());
            }
        } catch (ImportException expected) {
            // a clean rejection is fine
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Lines built from layout words, numbers, well IDs and delimiters. */
    @Provide
    Arbitrary<String> layoutish() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(
                        "well",
                        "role",
                        "compound",
                        "concentration",
                        "unit",
                        "plate",
                        "flag",
                        "Plate: P1",
                        "conc (nM)",
                        "sample",
                        "neutral",
                        "inhibitor",
                        "blank",
                        "empty",
                        "failed_transfer (x)",
                        "nM",
                        "uM",
                        "µM",
                        "A1",
                        "P24",
                        "AF48",
                        "Z99",
                        "1",
                        "2",
                        "3",
                        "24",
                        "-1",
                        "1e999",
                        "0,5",
                        "\"",
                        "\"\"",
                        "#",
                        "<>",
                        "format = hillfit-layout-template/1",
                        "top = 1 uM",
                        "[DETAILS]"),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> line =
                token.list().ofMaxSize(8).map(cells -> String.join(cells.size() % 2 == 0 ? "," : "\t", cells));
        return Combinators.combine(line.list().ofMaxSize(30), Arbitraries.of("\n", "\r\n"))
                .as((lines, end) -> String.join(end, lines));
    }

    /** Echo-like sections with random cells. */
    @Provide
    Arbitrary<String> logish() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of(
                        "Source Plate Barcode",
                        "Source Well",
                        "Destination Plate Barcode",
                        "Destination Well",
                        "Transfer Volume",
                        "Actual Volume",
                        "Transfer Status",
                        "A1",
                        "B2",
                        "2.5",
                        "-1",
                        "x",
                        "",
                        "[DETAILS]",
                        "[EXCEPTIONS]",
                        "OK",
                        "failed"),
                Arbitraries.strings().ofMaxLength(5));
        Arbitrary<String> line = cell.list().ofMaxSize(7).map(cells -> String.join(",", cells));
        return line.list().ofMaxSize(25).map(lines -> String.join("\n", lines));
    }
}
