/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hillfit.cli.CliRunner;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code hillfit convert} on every real plate export in the shared public data, detected by content. A file is
 * checked once an importer for its vendor is registered (an id containing one of the vendor's keywords); until
 * then the test is skipped with an assumption naming the missing importer, so it starts passing as the vendor
 * importers are merged.
 */
class PublicExportsConvertTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # file                                                            | vendor importer id contains one of
            perkinelmer_envision/PE_Envision_fluorescence_example01.csv       | envision
            perkinelmer_envision/PE_Envision_fluorescence_example02.csv       | envision
            perkinelmer_envision/PE_Envision_luminescence_example01.csv       | envision
            bmg_labtech/16-02-29 14-34-46 Transcreener ADP2 FI.csv            | mars bmg
            bmg_labtech/24-10-16 15-09-52 Luminescence 1536.csv               | mars bmg
            bmg_labtech/MARS V3.40 V2 Output Missing line end separators.csv  | mars bmg
            bmg_labtech/PHERAstar output file.CSV                             | mars bmg
            bmg_labtech/fluorescence_endpoint_example2.xlsx                   | mars bmg smart
            tecan/pH5.0_200214.xls                                            | tecan
            tecan/pH5.8_200214.xls                                            | tecan
            tecan/pH6.5_200214.xls                                            | tecan
            tecan/pH7.1_200214.xls                                            | tecan
            tecan/pH7.6_200214.xls                                            | tecan
            tecan/pH8.3_200214.xls                                            | tecan
            tecan/pH9.1_200214.xls                                            | tecan
            tecan/SLA01P01_assay.xlsx                                         | tecan magellan
            moldev_softmaxpro/MD_SMP_fluorescence_endpoint_example06.txt      | softmax
            moldev_softmaxpro/MD_SMP_luminescence_endpoint_example03.txt      | softmax
            moldev_softmaxpro/abs_endpoint_plates.txt                         | softmax
            biotek_gen5/240411_172731_BNCH2345883_abs450_96well_non_numeric_values.txt | gen5 biotek
            biotek_gen5/alphalisa_endpoint_singleplate.txt                    | gen5 biotek
            biotek_gen5/endpoint_stdcurve_multiplate.txt                      | gen5 biotek
            """)
    void convertsEveryPublicPlateExport(String relative, String keywords) throws IOException {
        Path file = PublicData.file(relative);
        List<String> vendor = Arrays.asList(keywords.split(" "));
        assumeTrue(
                ImporterRegistry.builtIn().importers().stream().anyMatch(i -> matches(i.id(), vendor)),
                () -> "needs the vendor importer (an id containing one of " + vendor + "), not registered yet");
        Path tidy = dir.resolve("tidy.csv");
        CliRunner.Run run = CliRunner.run("convert", file.toString(), "-o", tidy.toString());
        assertEquals(0, run.exitCode(), run.err());
        String used =
                run.out().substring(run.out().lastIndexOf('(') + 1, run.out().lastIndexOf(')'));
        assertTrue(matches(used, vendor), relative + " was read by " + used + ", not by the vendor importer");
        assertTrue(Files.readAllLines(tidy).size() > 1, relative + " gave no values");
    }

    @Test
    void theUnsupportedSoftMaxWellScanFailsCleanlyOrParses() {
        Path file = PublicData.file("moldev_softmaxpro/trf_well_scan_plates.txt");
        Path tidy = dir.resolve("tidy.csv");
        CliRunner.Run run = CliRunner.run("convert", file.toString(), "-o", tidy.toString());
        if (run.exitCode() != 0) {
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains("trf_well_scan_plates.txt"), run.err());
            assertFalse(Files.exists(tidy));
        }
    }

    private static boolean matches(String id, List<String> keywords) {
        String lower = id.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(lower::contains);
    }
}
