/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.util.List;
import org.hillfit.io.flow.FcsPlateImporter;
import org.hillfit.io.flow.FlowJoTableImporter;
import org.hillfit.io.formats.EnvisionCsvImporter;
import org.hillfit.io.formats.Gen5Importer;
import org.hillfit.io.formats.GenericListImporter;
import org.hillfit.io.formats.GenericMatrixImporter;
import org.hillfit.io.formats.MarsImporter;
import org.hillfit.io.formats.SoftMaxTxtImporter;
import org.hillfit.io.formats.TecanImporter;

/**
 * The importers Hillfit ships, in the order that breaks confidence ties: vendor formats first, generic ones last.
 * Adding an importer is one line here.
 */
public final class BuiltInImporters {
    private BuiltInImporters() {}

    /** A new list of every built-in importer. */
    public static List<PlateImporter> all() {
        return List.of(
                new FcsPlateImporter(), // FCS files: a folder or zip is one plate
                new FlowJoTableImporter(), // FlowJo table exports
                new EnvisionCsvImporter(), // PerkinElmer EnVision CSV
                new MarsImporter(), // BMG LABTECH MARS / SMART Control
                new TecanImporter(), // Tecan i-control, Spark, Magellan
                new SoftMaxTxtImporter(), // Molecular Devices SoftMax Pro
                new Gen5Importer(), // Agilent BioTek Gen5
                new GenericMatrixImporter(), // generic formats lose ties
                new GenericListImporter()); // last
    }
}
