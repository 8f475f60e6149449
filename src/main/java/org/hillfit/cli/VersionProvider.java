/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into {@code org/hillfit/version.properties}. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** The application version, "unknown" when run from unpackaged classes without resources. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/hillfit/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown"; // the version is informative only
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hillfit " + version(), "Java " + System.getProperty("java.version")};
    }
}
