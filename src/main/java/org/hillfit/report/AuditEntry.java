/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of the audit trail printed on the report's Methods sheet: who did what, when. Supplied by the caller
 * (a project's history of masks and edits); the report prints them in the given order.
 *
 * @param time when
 * @param user who (a login or a name); may be empty
 * @param action what kind of change ("mask", "unmask", "change controls")
 * @param detail what exactly ("TYK2-P1 C07: bubble")
 */
public record AuditEntry(OffsetDateTime time, String user, String action, String detail) {
    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }
}
