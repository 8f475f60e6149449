/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset that was detected.
 *
 * @param text the characters, without any byte-order mark
 * @param charset the charset used
 * @param hadByteOrderMark true when the bytes began with a BOM
 */
public record DecodedText(String text, Charset charset, boolean hadByteOrderMark) {}
