/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.Optional;
import org.hillfit.fit.CiMethod;
import org.hillfit.fit.ControlWindow;
import org.hillfit.fit.CurveModel;
import org.hillfit.fit.FitOptions;
import org.hillfit.fit.ParameterConstraint;
import org.hillfit.fit.RobustMethod;
import org.hillfit.fit.Weighting;
import org.jspecify.annotations.Nullable;

/** Fit options to and from the project schema, every setting explicit so a project reopens with the same fits. */
final class FitCodec {
    private FitCodec() {}

    static ProjectDocument.Fit encode(FitOptions f) {
        return new ProjectDocument.Fit(
                JsonFields.slugOf(f.model()),
                constraint(f.bottom()),
                constraint(f.top()),
                constraint(f.hill()),
                JsonFields.slugOf(f.weighting()),
                JsonFields.slugOf(f.robust()),
                f.outlierQ(),
                f.inactiveSpanPercent(),
                f.inactiveAlpha(),
                f.hillLow(),
                f.hillHigh(),
                f.controlWindow()
                        .map(w -> new ProjectDocument.Window(w.low(), w.high(), w.tolerance()))
                        .orElse(null),
                JsonFields.slugOf(f.ciMethod()),
                f.confidenceLevel());
    }

    static FitOptions decode(ProjectDocument.Fit f) {
        ProjectDocument.Window w = f.controlWindow();
        return new FitOptions(
                JsonFields.slug(f.model(), CurveModel.class, "model"),
                constraint(f.bottom(), "bottom"),
                constraint(f.top(), "top"),
                constraint(f.hill(), "hill"),
                JsonFields.slug(f.weighting(), Weighting.class, "weighting"),
                JsonFields.slug(f.robust(), RobustMethod.class, "robust"),
                f.outlierQ(),
                f.inactiveSpanPercent(),
                f.inactiveAlpha(),
                f.hillLow(),
                f.hillHigh(),
                w == null ? Optional.empty() : Optional.of(new ControlWindow(w.low(), w.high(), w.tolerance())),
                JsonFields.slug(f.ciMethod(), CiMethod.class, "ciMethod"),
                f.confidenceLevel());
    }

    private static ProjectDocument.Constraint constraint(ParameterConstraint c) {
        return switch (c.kind()) {
            case FREE -> new ProjectDocument.Constraint("free", null, null);
            case FIXED -> new ProjectDocument.Constraint("fixed", c.lower(), c.upper());
            case BOUNDED -> new ProjectDocument.Constraint("bounded", finite(c.lower()), finite(c.upper()));
        };
    }

    private static ParameterConstraint constraint(ProjectDocument.Constraint c, String field) {
        ParameterConstraint.Kind kind = JsonFields.slug(c.kind(), ParameterConstraint.Kind.class, field + ".kind");
        return switch (kind) {
            case FREE -> ParameterConstraint.free();
            case FIXED -> ParameterConstraint.fixed(JsonFields.required(c.lower(), field + ".lower"));
            case BOUNDED ->
                ParameterConstraint.between(
                        c.lower() == null ? Double.NEGATIVE_INFINITY : c.lower(),
                        c.upper() == null ? Double.POSITIVE_INFINITY : c.upper());
        };
    }

    private static @Nullable Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
