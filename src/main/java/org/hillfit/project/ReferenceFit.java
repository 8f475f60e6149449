/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import org.hillfit.analysis.DoseSeries;
import org.hillfit.analysis.DoseSeriesAssembler;
import org.hillfit.analysis.NormalizedPlate;
import org.hillfit.analysis.ReferenceScaling;
import org.hillfit.analysis.Statistics;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.CurveStatus;
import org.hillfit.fit.FourPlFitter;
import org.hillfit.fit.FourPlParameters;
import org.hillfit.result.CurveFit;

/**
 * {@link ReferenceScaling.Mode#FITTED}: fits the reference on the control scale and stretches the scale so that its
 * fitted bottom becomes 0 % and its fitted top 100 %. In readout units, with N and I the control centres and b, t
 * the fitted bottom and top in %: new N = N − b/100 (N − I), new I = N − t/100 (N − I).
 */
final class ReferenceFit {
    private ReferenceFit() {}

    /**
     * The plate on the reference's scale.
     *
     * @param where the plate, for messages
     * @throws AnalysisException when the plate has no reference wells or the reference fit is not a clean curve
     */
    static NormalizedPlate apply(NormalizedPlate plate, ReferenceScaling reference, FourPlFitter fitter, String where)
            throws AnalysisException {
        DoseSeries series = DoseSeriesAssembler.assemble(plate).stream()
                .filter(s -> s.compound().equals(reference.compound()))
                .findFirst()
                .orElseThrow(() -> new AnalysisException(
                        where + ": no sample wells of the reference compound '" + reference.compound() + "'"));
        CurveResult fit = fitter.fit(CurveFit.curveData(series));
        if (fit.status() != CurveStatus.OK || fit.parameters().isEmpty()) {
            throw new AnalysisException(where + ": the reference compound '" + reference.compound()
                    + "' gives no clean curve to scale to (status "
                    + fit.status().slug()
                    + (fit.flags().isEmpty() ? "" : ", " + String.join(", ", fit.flags()))
                    + "); normalise to the controls or use the plateau of its highest dose");
        }
        FourPlParameters p = fit.parameters().get();
        double n = plate.neutralCenter();
        double window = n - plate.inhibitorCenter();
        String basis = plate.basis() + "; 0 % / 100 % = fitted bottom / top of reference '" + reference.compound()
                + "' (" + Statistics.format(p.bottom()) + " % / " + Statistics.format(p.top()) + " % of controls)";
        return plate.withCenters(n - p.bottom() / 100 * window, n - p.top() / 100 * window, basis);
    }
}
