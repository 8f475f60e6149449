/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.util.List;
import org.hillfit.io.formats.GenericListImporter;
import org.hillfit.io.formats.GenericMatrixImporter;

/**
 * The importers Hillfit ships, in the order that breaks confidence ties: vendor formats first, generic ones last.
 * Adding an importer is one line here.
 */
public final class BuiltInImporters {
    private BuiltInImporters() {}

    /** A new list of every built-in importer. */
    public static List<PlateImporter> all() {
        return List.of(new GenericMatrixImporter(), new GenericListImporter());
    }
}
