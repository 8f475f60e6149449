/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

/** A plate cannot be normalised (no usable neutral or inhibitor controls, equal control centres). */
public class NormalizationException extends Exception {
    private static final long serialVersionUID = 1L;

    public NormalizationException(String message) {
        super(message);
    }
}
