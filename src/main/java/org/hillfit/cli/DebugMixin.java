/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}, shared by every command that reads or writes files. {@link InputErrorHandler} looks for it among
 * the arguments and then prints the stack trace after the one-line error.
 */
final class DebugMixin {
    @Option(names = "--debug", description = "Show stack traces of errors.")
    private boolean debug;
}
