/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.hillfit.fit.BatchFitter;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.FourPlFitter;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.testing.FuzzTries;
import org.hillfit.testing.HostileEdits;

/**
 * Damaged {@code hillfit fit} inputs never crash the reader or the fitter: the curves are read and fitted, or the
 * reader throws an {@link ImportException} naming the file. Tries from {@link FuzzTries}.
 */
@AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class FitCsvFuzzTest {
    private static final String CURVES =
            """
            curve_id,concentration,response
            c1,10000,98
            c1,3333,95
            c1,1111,85
            c1,370,60
            c1,123,30
            c1,41,12
            c2,10000,4
            c2,1000,3
            c2,100,5
            c2,10,2
            """;

    @Property
    void editedCurveTablesFitOrFailWithAnImportException(@ForAll long seed) throws IOException {
        Path file = Files.createTempFile("fuzz", ".csv");
        try {
            Files.write(file, HostileEdits.editBytes(CURVES, seed));
            Map<String, CurveData> curves = FitCommand.readCurves(
                    DelimitedTables.read(file, ImportContext.defaults()), ConcentrationUnit.NANOMOLAR);
            BatchFitter.of(FourPlFitter.create()).fitAll(new ArrayList<>(curves.values()));
        } catch (ImportException e) {
            assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
