/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.Locale;

/** The kinds of change a person makes to an analysis, as recorded in the audit trail. */
public enum AuditAction {
    /** The session was created from export files. */
    CREATE,
    /** Wells or points were masked. */
    MASK,
    /** Masks were removed. */
    UNMASK,
    /** A curve was accepted. */
    ACCEPT,
    /** A curve was rejected. */
    REJECT,
    /** An accept/reject decision was withdrawn. */
    CLEAR_DECISION,
    /** Readout, normalisation or fit settings changed. */
    SETTINGS,
    /** A layout well changed, or a plate was given another layout. */
    LAYOUT,
    /** A note was added. */
    NOTE,
    /** An assay's reference compound was set or cleared. */
    REFERENCE,
    /** An input file was found at a new place. */
    RELINK,
    /** An edit was undone. */
    UNDO,
    /** An undone edit was redone. */
    REDO;

    /** "mask", "clear_decision", … */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
