/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

/** Bad input to a command: reported as one line on stderr, exit code 1. */
final class InputErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputErrorException(String message, Throwable cause) {
        super(message, cause);
    }

    InputErrorException(String message) {
        super(message);
    }
}
