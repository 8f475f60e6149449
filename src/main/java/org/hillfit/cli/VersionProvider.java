/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import org.hillfit.result.HillfitVersion;
import picocli.CommandLine;

/** The version picocli prints for {@code --version}; read by {@link HillfitVersion}. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** The application version, "unknown" when run from unpackaged classes without resources. */
    public static String version() {
        return HillfitVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hillfit " + version(), "Java " + System.getProperty("java.version")};
    }
}
