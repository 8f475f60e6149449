/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.List;
import java.util.Map;
import org.hillfit.plate.PlateFormat;
import org.hillfit.samples.SimulatedTrFretPlate;

/**
 * A simulated plate to be written in a vendor's export format, so the same data can be read back through every
 * importer and compared (see {@link ExportWriter}).
 *
 * @param name plate name / number as the export shows it
 * @param barcode plate barcode
 * @param format plate format
 * @param channels channels in the order the instrument would write them
 */
public record ExportPlate(String name, String barcode, PlateFormat format, List<ExportChannel> channels) {
    public ExportPlate {
        channels = List.copyOf(channels);
    }

    /** A 384-well TR-FRET plate (665 acceptor then 620 donor, excitation 337 nm) from a simulation. */
    public static ExportPlate trFret(String name, String barcode, SimulatedTrFretPlate plate) {
        return new ExportPlate(
                name,
                barcode,
                PlateFormat.WELLS_384,
                List.of(
                        new ExportChannel("665", 337, 665, toDouble(plate.acceptor()), Map.of()),
                        new ExportChannel("620", 337, 620, toDouble(plate.donor()), Map.of())));
    }

    private static double[] toDouble(long[] counts) {
        double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = counts[i];
        }
        return values;
    }
}
