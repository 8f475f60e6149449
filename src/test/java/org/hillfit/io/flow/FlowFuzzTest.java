/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.InputMutations;
import org.hillfit.samples.flow.FcsWriter;
import org.hillfit.testing.FuzzTries;
import org.hillfit.testing.HostileEdits;

/**
 * Damaged FCS files and FlowJo tables never crash their readers: a result, or an {@link ImportException} naming the
 * file. FCS files get keyword values from a hostile list (so {@code $TOT}, {@code $PAR}, offsets and bit widths are
 * wrong while the file stays otherwise consistent) and byte mutations; FlowJo tables get text edits. Tries from
 * {@link FuzzTries}.
 */
@AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class FlowFuzzTest {
    private static final Path FLOWJO = Path.of("sample-plates", "pstat4", "flowjo-table.csv");
    private static final List<String> KEYWORDS = List.of(
            "$TOT",
            "$PAR",
            "$P1B",
            "$P2B",
            "$P1R",
            "$P1E",
            "$P2E",
            "$P1G",
            "$DATATYPE",
            "$BYTEORD",
            "$MODE",
            "$BEGINDATA",
            "$ENDDATA",
            "$NEXTDATA",
            "$SPILLOVER",
            "$WELLID",
            "$P2N",
            "$TIMESTEP");

    @Property
    void fcsFilesWithHostileKeywordsReadOrFailWithAnImportException(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        FcsWriter writer = FcsCorpusTest.valid();
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            String value = HostileEdits.TOKENS.get(random.nextInt(HostileEdits.TOKENS.size()));
            writer.keyword(KEYWORDS.get(random.nextInt(KEYWORDS.size())), value.isEmpty() ? "1" : value);
        }
        readFcs(writer.toBytes());
    }

    @Property
    void fcsFilesWithMutatedBytesReadOrFailWithAnImportException(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        readFcs(InputMutations.mutate(FcsCorpusTest.valid().toBytes(), random, random.nextInt(4)));
    }

    @Property
    void editedFlowJoTablesReadOrFailWithAnImportException(@ForAll long seed) throws IOException {
        String text = Files.readString(FLOWJO, StandardCharsets.UTF_8);
        Path file = Files.createTempFile("fuzz", ".csv");
        try {
            Files.write(file, HostileEdits.editBytes(text, seed));
            new FlowJoTableImporter().read(file, ImportContext.defaults());
        } catch (ImportException e) {
            assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void readFcs(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".fcs");
        try {
            Files.write(file, bytes);
            FcsFile fcs = FcsReader.read(file, ImportLimits.DEFAULT);
            Spillover.compensate(fcs.first());
        } catch (ImportException e) {
            assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
