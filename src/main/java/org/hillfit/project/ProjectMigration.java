/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings project documents of older schema versions up to {@link ProjectDocument#SCHEMA_VERSION}, one version at a
 * time, on the JSON tree before it is bound. Each step only adds or renames; no step drops what a person recorded.
 */
final class ProjectMigration {
    /** The oldest schema version this code reads. */
    static final int OLDEST = 1;

    private ProjectMigration() {}

    /** Migrates {@code root} (changed in place) from {@code version} to the current version. */
    static void migrate(ObjectNode root, int version) {
        int v = version;
        if (v == 1) {
            toVersion2(root);
            v = 2;
        }
        root.put("schemaVersion", v);
    }

    /** Version 2 added notes, reference compounds and the audit hash chain: a version-1 project has none. */
    private static void toVersion2(ObjectNode root) {
        if (root.get("audit") instanceof com.fasterxml.jackson.databind.node.ArrayNode audit) {
            audit.forEach(entry -> {
                if (entry instanceof ObjectNode object && !object.has("hash")) {
                    object.putNull("hash");
                }
            });
        }
        if (!root.has("notes")) {
            root.putArray("notes");
        }
        if (!root.has("references")) {
            root.putObject("references");
        }
    }
}
