/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code hillfit convert} on every real Tecan, SoftMax Pro and Gen5 plate export: it succeeds by auto-detection and
 * the tidy CSV holds the file's values (lines checked against numbers read by hand from the exports).
 */
class VendorConvertCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # export                                                                 | values | a line of the tidy CSV                                              | another line
            tecan/pH5.0_200214.xls                                                   | 192 | pH5.0_200214,H02,H,2,Label1,,overflow                                   | pH5.0_200214,A01,A,1,Label2,287,
            tecan/pH5.8_200214.xls                                                   | 192 | pH5.8_200214,A01,A,1,Label1,22340,                                      | pH5.8_200214,A06,A,6,Label1,,overflow
            tecan/pH6.5_200214.xls                                                   | 192 | pH6.5_200214,A01,A,1,Label1,22915,                                      | pH6.5_200214,H12,H,12,Label2,543,
            tecan/pH7.1_200214.xls                                                   | 192 | pH7.1_200214,A01,A,1,Label1,21192,                                      | pH7.1_200214,H02,H,2,Label1,,overflow
            tecan/pH7.6_200214.xls                                                   | 192 | pH7.6_200214,A01,A,1,Label1,20142,                                      | pH7.6_200214,H12,H,12,Label2,2390,
            tecan/pH8.3_200214.xls                                                   | 192 | pH8.3_200214,A01,A,1,Label1,17260,                                      | pH8.3_200214,H12,H,12,Label2,4196,
            tecan/pH9.1_200214.xls                                                   | 192 | pH9.1_200214,A01,A,1,Label1,14798,                                      | pH9.1_200214,H12,H,12,Label2,5372,
            tecan/SLA01P01_assay.xlsx                                                | 768 | SLA01P01_assay,A01,A,1,Label1,0.4002,                                   | SLA01P01_assay,P24,P,24,Label2,0.0914,
            moldev_softmaxpro/MD_SMP_fluorescence_endpoint_example06.txt             | 1152 | BNCH_28465721_96w,A01,A,1,445,2138332.25,                              | BNCH_28465721_96w,H12,H,12,780,1281260,
            moldev_softmaxpro/MD_SMP_luminescence_endpoint_example03.txt             | 192 | c12345_2,D12,D,12,Luminescence,3633,                                    | c123455_3,D12,D,12,Luminescence,98,
            moldev_softmaxpro/abs_endpoint_plates.txt                                | 384 | Plate1,A02,A,2,426,0.02,                                                | Plate1,B01,B,1,426,,invalid
            biotek_gen5/240411_172731_BNCH2345883_abs450_96well_non_numeric_values.txt | 96 | 240411_172731_BNCH2345883_abs450_96well_non_numeric_values,A08,A,8,abs450:450,,overflow | 240411_172731_BNCH2345883_abs450_96well_non_numeric_values,D12,D,12,abs450:450,,missed
            biotek_gen5/alphalisa_endpoint_singleplate.txt                           | 384 | alphalisa_endpoint_singleplate,A02,A,2,[Concentration],5111.111,        | alphalisa_endpoint_singleplate,B06,B,6,[Concentration],,overflow
            biotek_gen5/endpoint_stdcurve_multiplate.txt                             | 864 | endpoint_stdcurve_multiplate Plate 1,A01,A,1,630nmAbsRead:630,3.481,    | endpoint_stdcurve_multiplate Plate 3,A01,A,1,630nmAbsRead:630,3.472,
            """)
    void convertsTheExport(String export, int values, String line, String another) throws IOException {
        Path input = PublicData.file(export);
        Path out = dir.resolve("tidy.csv");

        CliRunner.Run run = CliRunner.run("convert", input.toString(), "-o", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("plate,well,row,column,channel,value,flag", lines.get(0));
        assertEquals(values, lines.size() - 1);
        assertTrue(lines.contains(line), () -> "missing line " + line);
        assertTrue(lines.contains(another), () -> "missing line " + another);
    }

    @Test
    void refusesTheWellScanExportWithOneLineAndWritesNothing() {
        Path input = PublicData.file("moldev_softmaxpro/trf_well_scan_plates.txt");
        Path out = dir.resolve("tidy.csv");

        CliRunner.Run run = CliRunner.run("convert", input.toString(), "-o", out.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("trf_well_scan_plates.txt, line 22"), run.err());
        assertTrue(run.err().contains("well-scan reads are not supported"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(out));
    }
}
