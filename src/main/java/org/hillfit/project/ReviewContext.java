/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Who is editing and what time it is, for audit entries, masks and decisions. Tests pass a fixed clock and user.
 *
 * @param user the name recorded with every change (not blank)
 * @param clock the source of timestamps
 */
public record ReviewContext(String user, Clock clock) {
    public ReviewContext {
        Objects.requireNonNull(clock, "clock");
        if (user.isBlank()) {
            throw new IllegalArgumentException("the user name recorded in the audit trail must not be blank");
        }
    }

    /** The operating-system user ({@code user.name}) and the system clock in UTC. */
    public static ReviewContext system() {
        String name = System.getProperty("user.name", "");
        return new ReviewContext(name.isBlank() ? "unknown" : name, Clock.systemUTC());
    }

    /** The current time. */
    public Instant now() {
        return clock.instant();
    }
}
