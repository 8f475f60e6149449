/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.export;

import java.time.ZoneOffset;
import java.util.List;
import org.hillfit.report.AuditEntry;
import org.hillfit.ui.session.ChangeText;

/** The session's audit trail in the form the report's Methods sheet prints. */
final class ReportAudit {
    private ReportAudit() {}

    /** One report line per audit entry: time (UTC), user, action, "target: detail — IC50 changes". */
    static List<AuditEntry> of(List<org.hillfit.result.AuditEntry> trail) {
        return trail.stream()
                .map(e -> new AuditEntry(
                        e.time().atOffset(ZoneOffset.UTC),
                        e.user(),
                        e.action().slug(),
                        e.target() + ": " + ChangeText.summary(e)))
                .toList();
    }
}
