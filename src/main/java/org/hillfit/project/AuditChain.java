/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;

/**
 * The hash chain of the audit trail: hash(i) = SHA-256(hash(i − 1) + "\n" + the entry as compact JSON without its
 * hash), hash(−1) = "". See {@link AuditSeal}.
 */
final class AuditChain {
    private AuditChain() {}

    /** The entries with their hashes set. */
    static List<ProjectDocument.Audit> seal(List<ProjectDocument.Audit> entries, ObjectWriter compact)
            throws JsonProcessingException {
        List<ProjectDocument.Audit> sealed = new ArrayList<>();
        String previous = "";
        for (ProjectDocument.Audit entry : entries) {
            previous = hash(previous, entry, compact);
            sealed.add(entry.withHash(previous));
        }
        return sealed;
    }

    /** The first entry whose hash does not match, if any; empty when all match. */
    static OptionalInt firstBroken(List<ProjectDocument.Audit> entries, ObjectWriter compact)
            throws JsonProcessingException {
        String previous = "";
        for (int i = 0; i < entries.size(); i++) {
            previous = hash(previous, entries.get(i), compact);
            if (!previous.equals(entries.get(i).hash())) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** True when no entry carries a hash (a schema-1 project). */
    static boolean isUnsealed(List<ProjectDocument.Audit> entries) {
        return entries.stream().allMatch(e -> e.hash() == null);
    }

    private static String hash(String previous, ProjectDocument.Audit entry, ObjectWriter compact)
            throws JsonProcessingException {
        byte[] text =
                (previous + "\n" + compact.writeValueAsString(entry.withHash(null))).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
