/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.hillfit.analysis.NormalizationOptions;
import org.hillfit.analysis.QcThresholds;
import org.hillfit.analysis.ReadoutSpec;
import org.hillfit.fit.FitOptions;
import org.hillfit.result.AnalysisSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project schema stores every setting explicitly (ProjectDocument.Settings). When a settings record gains a
 * component, this test fails until the schema, {@link ProjectCodec#settings} and a migration learn it, so a project
 * never silently drops a setting and reopens with different results.
 */
class SettingsSchemaTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # settings record                            | components the project schema stores
            org.hillfit.result.AnalysisSettings          | readout normalization fit
            org.hillfit.analysis.ReadoutSpec             | kind channelQuery
            org.hillfit.analysis.NormalizationOptions    | controlStatistic qcThresholds outlierRule subtractBlank reference
            org.hillfit.analysis.ControlOutlierRule      | robustZLimit minimumGroupSize mask
            org.hillfit.analysis.ReferenceScaling        | compound mode
            org.hillfit.analysis.QcThresholds            | pass warn
            org.hillfit.fit.FitOptions                   | model bottom top hill weighting robust outlierQ inactiveSpanPercent inactiveAlpha hillLow hillHigh controlWindow ciMethod confidenceLevel
            org.hillfit.fit.ParameterConstraint          | kind lower upper
            org.hillfit.fit.ControlWindow                | low high tolerance
            """)
    void everySettingIsInTheProjectSchema(String type, String stored) throws Exception {
        RecordComponent[] components = Class.forName(type).getRecordComponents();
        List<String> names =
                Arrays.stream(components).map(RecordComponent::getName).toList();
        assertEquals(List.of(stored.split(" ")), names, type + " changed: update the project schema");
    }

    @ParameterizedTest
    @CsvSource({
        // readout, control statistic, qc pass, qc warn, inactive span, alpha
        "ratio,     MEAN,   0.6, 0.1, 30, 0.01",
        "Median FL, MEDIAN, 0.5, 0,   20, 0.05"
    })
    void settingsRoundTrip(String readout, String statistic, double pass, double warn, double span, double alpha) {
        AnalysisSettings settings = new AnalysisSettings(
                ReadoutSpec.parse(readout),
                new NormalizationOptions(
                        org.hillfit.analysis.ControlStatistic.valueOf(statistic), new QcThresholds(pass, warn)),
                FitOptions.DEFAULT.toBuilder()
                        .inactiveSpanPercent(span)
                        .inactiveAlpha(alpha)
                        .hill(org.hillfit.fit.ParameterConstraint.between(0.5, 3))
                        .top(org.hillfit.fit.ParameterConstraint.atMost(120))
                        .bottom(org.hillfit.fit.ParameterConstraint.fixed(0))
                        .build());
        assertEquals(settings, ProjectCodec.settings(ProjectCodec.settings(settings)));
    }
}
