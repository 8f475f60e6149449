/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The application version Maven wrote into {@code org/hillfit/version.properties}, for the CLI's {@code --version}
 * and the provenance of reports and project files.
 */
public final class HillfitVersion {
    private HillfitVersion() {}

    /** The version, "unknown" when run from unpackaged classes without resources. */
    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = HillfitVersion.class.getResourceAsStream("/org/hillfit/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown"; // the version is informative only
        }
        return properties.getProperty("version", "unknown");
    }
}
