/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import org.hillfit.plate.WellId;

/**
 * One cell of a plate matrix.
 *
 * @param well the well it belongs to
 * @param text the raw cell text
 * @param line the 1-based line or sheet row it came from
 */
public record GridCell(WellId well, String text, int line) {}
