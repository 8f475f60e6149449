/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

/**
 * Whether a project's audit trail is as Hillfit wrote it. Each entry is saved with a SHA-256 over the entry and the
 * hash of the entry before, so deleting, reordering or editing an entry by hand breaks the chain from that entry on.
 * The chain has no secret: it shows accidental or careless edits, not a determined forger.
 */
public enum AuditSeal {
    /** Every entry's hash matches. */
    INTACT,
    /** Written before hashes existed (schema version 1): nothing to check. */
    UNSEALED,
    /** An entry's hash does not match: the trail was changed outside Hillfit. */
    BROKEN
}
