/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

/** The requested readout cannot be computed for a plate (no acceptor channel, ambiguous channel name, …). */
public class ReadoutException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReadoutException(String message) {
        super(message);
    }
}
