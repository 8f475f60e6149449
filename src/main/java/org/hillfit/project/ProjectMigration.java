/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import com.fasterxml.jackson.databind.ObjectMapper;
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
        if (v == 2) {
            toVersion3(root);
            v = 3;
        }
        root.put("schemaVersion", v);
    }

    /**
     * Version 3 stores the fit options of the full engine and the normalisation options added with layouts and QC: the control-outlier rule, blank
     * subtraction and reference scaling. A version-2 project was analysed with the rule's defaults, no masking of
     * outliers and no reference; blank subtraction leaves % inhibition unchanged, so the current default (on) keeps
     * its results.
     */
    private static void toVersion3(ObjectNode root) {
        if (root.get("settings") instanceof ObjectNode settings
                && settings.get("normalization") instanceof ObjectNode normalization) {
            org.hillfit.analysis.ControlOutlierRule rule = org.hillfit.analysis.ControlOutlierRule.DEFAULT;
            putIfAbsent(normalization, "outlierRobustZ", rule.robustZLimit());
            if (!normalization.has("outlierMinimumGroup")) {
                normalization.put("outlierMinimumGroup", rule.minimumGroupSize());
            }
            if (!normalization.has("maskOutliers")) {
                normalization.put("maskOutliers", false);
            }
            if (!normalization.has("subtractBlank")) {
                normalization.put("subtractBlank", true);
            }
            if (!normalization.has("referenceCompound")) {
                normalization.putNull("referenceCompound");
                normalization.putNull("referenceMode");
            }
        }
        if (root.get("settings") instanceof ObjectNode settings && settings.get("fit") instanceof ObjectNode fit) {
            ObjectNode defaults = FIT_DEFAULTS.get();
            defaults.fieldNames().forEachRemaining(name -> {
                if (!fit.has(name)) {
                    fit.set(name, defaults.get(name));
                }
            });
        }
    }

    /**
     * The fit settings a version-2 project did not store (model, constraints, weighting, outliers, Hill range,
     * control window, CI) take the defaults it was fitted with: the free 4PL of {@link org.hillfit.fit.FitOptions#DEFAULT}.
     */
    private static final java.util.function.Supplier<ObjectNode> FIT_DEFAULTS =
            () -> new ObjectMapper().valueToTree(FitCodec.encode(org.hillfit.fit.FitOptions.DEFAULT));

    private static void putIfAbsent(ObjectNode node, String field, double value) {
        if (!node.has(field)) {
            node.put(field, value);
        }
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
