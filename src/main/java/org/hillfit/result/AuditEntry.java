/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change a person made to an analysis: when, who, what, and how the affected curves' IC50s moved. Entries are
 * only ever appended (there is no API to edit or remove them); the report's Methods sheet lists them.
 *
 * @param time when the change was made
 * @param user who made it (the operating-system user name)
 * @param action the kind of change
 * @param target what it applies to, e.g. "TYK2 / TYK2-P1 / C05", "TYK2 / TYK2-P1 / HF-003", "settings"
 * @param detail one plain sentence, e.g. "masked C05 (user: bubble in well)"
 * @param changes IC50 before/after of the affected curves (those whose potency changed, and the edited curve)
 */
public record AuditEntry(
        Instant time, String user, AuditAction action, String target, String detail, List<Ic50Change> changes) {
    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(detail, "detail");
        changes = List.copyOf(changes);
    }
}
