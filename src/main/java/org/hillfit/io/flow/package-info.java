/**
 * Flow cytometry: the FCS reader, gating, per-well statistics and FlowJo table import.
 */
@NullMarked
package org.hillfit.io.flow;

import org.jspecify.annotations.NullMarked;
