/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import org.hillfit.plate.Channel;

/**
 * The per-well numbers a plate's curves are built from, and how they were obtained.
 *
 * @param channel the readout values (a derived channel for the TR-FRET ratio)
 * @param description what was used, for reports: "ratio 665/620 × 10,000 computed from channels '665' and '620'"
 */
public record Readout(Channel channel, String description) {}
