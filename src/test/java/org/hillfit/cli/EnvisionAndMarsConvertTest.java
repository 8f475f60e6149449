/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code hillfit convert} on every public EnVision and BMG export reproduces the file's values as tidy rows. */
class EnvisionAndMarsConvertTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # public file                                                      | plate                              | well | channel                                             | value    | format
            perkinelmer_envision/PE_Envision_fluorescence_example01.csv         | Plate 1                            | A01  | APC 665                                             | 31441    | envision-csv
            perkinelmer_envision/PE_Envision_fluorescence_example01.csv         | Plate 1                            | H07  | Cy5 620                                             | 81633    | envision-csv
            perkinelmer_envision/PE_Envision_fluorescence_example01.csv         | Plate 1                            | D05  | HTRF ratio value for AC HTRF Laser [Eu]             | 1017.18554813 | envision-csv
            perkinelmer_envision/PE_Envision_fluorescence_example02.csv         | Plate 5                            | H12  | FITC 535                                            | 5080334  | envision-csv
            perkinelmer_envision/PE_Envision_fluorescence_example02.csv         | Plate 3                            | E07  | FITC 535                                            | 36924    | envision-csv
            perkinelmer_envision/PE_Envision_luminescence_example01.csv         | 8/22/2023 11:01:43 AM              | I08  | 0_1 US LUM 384                                      | 120      | envision-csv
            perkinelmer_envision/PE_Envision_luminescence_example01.csv         | 8/22/2023 12:16:57 PM              | E01  | Crosstalk                                           | 80       | envision-csv
            bmg_labtech/16-02-29 14-34-46 Transcreener ADP2 FI.csv              | black 384w small volume            | N20  | 580/620                                             | 63882    | mars
            bmg_labtech/16-02-29 14-34-46 Transcreener ADP2 FI.csv              | black 384w small volume            | P12  | 580/620                                             | 62       | mars
            bmg_labtech/24-10-16 15-09-52 Luminescence 1536.csv                 | 92A_4                              | AE48 | No filter                                           | 19500    | mars
            bmg_labtech/MARS V3.40 V2 Output Missing line end separators.csv    | black 384w small volume            | O06  | 580/620                                             | 107      | mars
            bmg_labtech/PHERAstar output file.CSV                               | 20260618 dsRNA _PLATE_01_18Jun26   | A01  | 450                                                 | 1.691    | mars
            bmg_labtech/fluorescence_endpoint_example2.xlsx                     | PicoGreen NB-user-5097655-0069     | H01  | Blank corrected based on Raw Data (480-14/520-30)   | -80      | mars
            bmg_labtech/fluorescence_endpoint_example2.xlsx                     | PicoGreen NB-user-5097655-0069     | E07  | 480-14/520-30                                       | 1020488  | mars
            """)
    void convertsAPublicExportToTidyRows(
            String file, String plate, String well, String channel, String value, String format) throws IOException {
        Path input = PublicData.file(file);
        Path out = dir.resolve("tidy.csv");

        CliRunner.Run run = CliRunner.run("convert", input.toString(), "-o", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(" + format + ")"), run.out());
        List<CSVRecord> rows = tidyRows(out);
        List<CSVRecord> matching = rows.stream()
                .filter(r -> r.get("plate").equals(plate)
                        && r.get("well").equals(well)
                        && r.get("channel").equals(channel))
                .toList();
        assertEquals(1, matching.size(), () -> plate + " " + well + " " + channel + " in " + rows.size() + " rows");
        assertEquals(value, matching.get(0).get("value"));
        assertEquals("", matching.get(0).get("flag"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # hand-made broken sample                                  | the one line on stderr names
            io/formats/envision-csv/broken-truncated-row.csv           | broken-truncated-row.csv, line 9, well C12: expected 12 values after row label 'C'; got 11
            io/formats/mars/broken-extra-value.csv                     | broken-extra-value.csv, line 12, well C13: expected 12 values after row label 'C'
            """)
    void reportsABrokenExportOnOneLineAndWritesNothing(String resource, String expected) throws URISyntaxException {
        Path input = Path.of(Objects.requireNonNull(getClass().getResource("/org/hillfit/" + resource))
                .toURI());
        Path out = dir.resolve("tidy.csv");

        CliRunner.Run run = CliRunner.run("convert", input.toString(), "-o", out.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(out));
    }

    private static List<CSVRecord> tidyRows(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
