/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample panel shipped inside the application, so a new user can see curves before loading their own data.
 * The files are copied from the class path into a temporary folder, because importers read files.
 *
 * @param inputs the sample exports
 * @param layout the sample layout
 */
public record BundledSample(List<Path> inputs, Path layout) {
    private static final String ROOT = "/org/hillfit/samples/";
    /** Exports of the bundled four-target TR-FRET panel. */
    public static final List<String> INPUTS =
            List.of("TYK2.matrix.csv", "JAK1.matrix.csv", "JAK2.matrix.csv", "JAK3.matrix.csv");
    /** Its layout. */
    public static final String LAYOUT = "panel-layout.csv";

    public BundledSample {
        inputs = List.copyOf(inputs);
    }

    /**
     * Copies the sample into a new temporary folder.
     *
     * @throws IOException when the application was built without its samples
     */
    public static BundledSample extract() throws IOException {
        Path folder = Files.createTempDirectory("hillfit-sample");
        List<Path> inputs = new ArrayList<>();
        for (String name : INPUTS) {
            inputs.add(copy(name, folder));
        }
        return new BundledSample(inputs, copy(LAYOUT, folder));
    }

    private static Path copy(String name, Path folder) throws IOException {
        try (InputStream in = BundledSample.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IOException("the bundled sample '" + name + "' is missing from this build");
            }
            Path target = folder.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            target.toFile().deleteOnExit();
            return target;
        }
    }
}
