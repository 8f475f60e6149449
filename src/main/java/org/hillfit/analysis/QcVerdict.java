/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Locale;

/** Plate quality verdict. */
public enum QcVerdict {
    PASS,
    WARN,
    FAIL;

    /** "pass", "warn", "fail". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
