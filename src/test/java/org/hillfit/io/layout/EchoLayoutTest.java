/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Echo fixtures of {@code echo/README.md}: an assay volume of 25 µL, concentrations checked by hand. */
class EchoLayoutTest {
    private static final double ASSAY_UL = 25;

    @TempDir
    Path dir;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(EchoLayoutTest.class.getResource("echo/" + name).toURI());
    }

    private static LayoutSet build(Optional<PlateLayout> base) throws Exception {
        EchoTransferLog log = EchoLogReader.read(fixture("transfer-log.csv"), ImportContext.defaults());
        SourceMap sources = SourceMap.read(fixture("source-map.csv"), ImportContext.defaults());
        return EchoLayoutBuilder.build(log, sources, ASSAY_UL, base);
    }

    @Test
    void readsTheHeaderAndEveryTransferOnce() throws Exception {
        EchoTransferLog log = EchoLogReader.read(fixture("transfer-log.csv"), ImportContext.defaults());
        assertEquals("20261201-0914", log.header().get("Run ID"));
        assertEquals("E6XX-00000", log.header().get("Instrument Serial Number"));
        // 14 [DETAILS] lines; the A5 failure is also under [EXCEPTIONS] (one transfer), B4 only there (+1)
        assertEquals(15, log.transfers().size());
        assertEquals(2, log.failures().size());
        assertEquals(java.util.Set.of("DEST-001", "DEST-002"), log.destinationPlates());
    }

    @ParameterizedTest
    @CsvSource({
        // plate,  well, role,      compound, nM
        "DEST-001, A2,   inhibitor, REF-1,    10000", // 10 mM × 25 nL / 25 µL; the source map marks REF-1 inhibitor
        "DEST-001, A3,   sample,    CPD-A,    10000", // 10 mM × 25 nL / 25,000 nL
        "DEST-001, A4,   sample,    CPD-A,    1000", //  10 mM × 2.5 nL / 25,000 nL
        "DEST-001, A5,   sample,    CPD-A,    1000", //  failed, but the designed dose: 1 mM × 25 nL
        "DEST-001, A6,   sample,    CPD-A,    1100", //  10 mM × 2.5 + 1 mM × 2.5 = 27.5 mM·nL, two sources add up
        "DEST-001, A8,   sample,    CPD-A,    300", //   1 mM × 7.5 nL; the 17.5 nL DMSO backfill adds nothing
        "DEST-002, B1,   sample,    CPD-B,    10000",
        "DEST-002, B2,   sample,    CPD-B,    9800", //  the Actual Volume 24.5 nL, not the requested 25
        "DEST-002, B4,   sample,    CPD-B,    10000", // failed, listed only under [EXCEPTIONS]
    })
    void computesFinalConcentrationsFromStockVolumeAndAssayVolume(
            String plate, String well, String role, String compound, double nanomolar) throws Exception {
        WellContent content = build(Optional.empty()).byPlate().get(plate).content(WellId.parse(well));
        assertEquals(WellRole.parse(role).orElseThrow(), content.role());
        assertEquals(compound, content.compound().orElseThrow());
        assertEquals(
                ConcentrationUnit.NANOMOLAR,
                content.concentration().orElseThrow().unit());
        assertEquals(nanomolar, content.concentration().orElseThrow().value(), 0.0);
    }

    @Test
    void dmsoOnlyWellsAreNeutralControls() throws Exception {
        LayoutSet set = build(Optional.empty());
        assertEquals(
                WellRole.NEUTRAL,
                set.byPlate().get("DEST-001").content(WellId.parse("A1")).role());
        assertEquals(
                WellRole.NEUTRAL,
                set.byPlate().get("DEST-002").content(WellId.parse("B3")).role());
    }

    @Test
    void failedTransfersFlagTheirWellsWithTheReason() throws Exception {
        LayoutSet set = build(Optional.empty());
        PlateLayout first = set.byPlate().get("DEST-001");
        assertEquals(java.util.Set.of(WellId.parse("A5")), first.flags().keySet());
        assertEquals(
                WellFlag.FAILED_TRANSFER,
                first.flag(WellId.parse("A5")).orElseThrow().flag());
        assertTrue(first.flag(WellId.parse("A5")).orElseThrow().text().contains("insufficient volume"));
        assertTrue(set.byPlate().get("DEST-002").flag(WellId.parse("B4")).isPresent());
    }

    @Test
    void aWellWithTwoCompoundsIsLeftEmptyWithAWarning() throws Exception {
        LayoutSet set = build(Optional.empty());
        assertEquals(
                WellRole.EMPTY,
                set.byPlate().get("DEST-001").content(WellId.parse("A7")).role());
        assertTrue(
                set.warnings().stream().anyMatch(w -> w.contains("A07") && w.contains("CPD-B")),
                set.warnings()::toString);
    }

    @Test
    void aBaseLayoutSuppliesControlsAndConflictsAreWarned() throws Exception {
        PlateLayout base = LayoutReaders.read(fixture("base-layout.csv"), ImportContext.defaults())
                .shared()
                .orElseThrow();
        LayoutSet set = build(Optional.of(base));
        PlateLayout first = set.byPlate().get("DEST-001");
        assertEquals(WellRole.INHIBITOR, first.content(WellId.parse("H1")).role());
        assertEquals(WellRole.NEUTRAL, first.content(WellId.parse("H2")).role());
        assertEquals(WellRole.NEUTRAL, first.content(WellId.parse("A8")).role());
        assertTrue(set.warnings().stream().anyMatch(w -> w.contains("A08") && w.contains("neutral")));
    }

    @Test
    void theLayoutsRoundTripThroughTheLongFormWithPlateAndFlagColumns() throws Exception {
        LayoutSet set = build(Optional.empty());
        Path file = dir.resolve("echo-layout.csv");
        Files.writeString(file, LongLayoutWriter.write(set));
        LayoutSet back = LayoutReaders.read(file, ImportContext.defaults());
        assertEquals(set.byPlate(), back.byPlate());
        assertTrue(Files.readString(file).startsWith("plate,well,role,compound,concentration,unit,flag\n"));
    }

    @Test
    void aTransferFromAnUnknownSourceWellNamesTheLogLine() throws Exception {
        Path map = dir.resolve("map.csv");
        Files.writeString(map, "source_plate,source_well,compound,concentration,unit\nSRC-001,A01,CPD-A,10,mM\n");
        EchoTransferLog log = EchoLogReader.read(fixture("transfer-log.csv"), ImportContext.defaults());
        SourceMap sources = SourceMap.read(map, ImportContext.defaults());
        ImportException e = assertThrows(
                ImportException.class, () -> EchoLayoutBuilder.build(log, sources, ASSAY_UL, Optional.empty()));
        assertTrue(e.getMessage().contains("transfer-log.csv, line 13"), e.getMessage());
        assertTrue(e.getMessage().contains("P24"), e.getMessage());
    }

    @Test
    void aLogWithoutDetailsIsRejected() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "Run ID,1\nInstrument Name,Echo 655\n");
        ImportException e =
                assertThrows(ImportException.class, () -> EchoLogReader.read(file, ImportContext.defaults()));
        assertTrue(e.getMessage().contains("[DETAILS]"), e.getMessage());
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(
                file,
                "[DETAILS]\nSource Plate Barcode,Source Well,Destination Plate Barcode,Destination Well\n"
                        + "S,A1,D,A1\n");
        ImportException e =
                assertThrows(ImportException.class, () -> EchoLogReader.read(file, ImportContext.defaults()));
        assertTrue(e.getMessage().contains("'transfer volume'"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aStatusOtherThanSuccessIsAFailure() throws Exception {
        Path file = dir.resolve("log.csv");
        Files.writeString(
                file,
                "[DETAILS]\nSource Plate Barcode,Source Well,Destination Plate Barcode,Destination Well,"
                        + "Transfer Volume,Transfer Status\nS,A1,D,A1,2.5,OK\nS,A1,D,A2,2.5,Aborted by user\n");
        EchoTransferLog log = EchoLogReader.read(file, ImportContext.defaults());
        assertEquals(1, log.failures().size());
        assertEquals(Optional.of("Aborted by user"), log.failures().get(0).failure());
    }

    @Test
    void theLayoutReaderRefusesATransferLogWithAHint() {
        ImportException e = assertThrows(
                ImportException.class, () -> LayoutReaders.read(fixture("transfer-log.csv"), ImportContext.defaults()));
        assertTrue(e.getMessage().contains("hillfit layout echo"), e.getMessage());
    }
}
