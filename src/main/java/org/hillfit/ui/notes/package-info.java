/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
/** Notes on plates and curves: written in the plate and curve views, shown beside them, listed in the audit trail. */
@NullMarked
package org.hillfit.ui.notes;

import org.jspecify.annotations.NullMarked;
