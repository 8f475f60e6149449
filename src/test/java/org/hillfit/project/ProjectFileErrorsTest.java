/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.analysis.MaskReason;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed, truncated, hostile and future project files are refused with the file, place and rule. */
class ProjectFileErrorsTest {
    private static String valid;

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    @BeforeAll
    static void saveAValidProject() throws Exception {
        AnalysisSession session = SessionFixtures.session("TYK2");
        session = session.maskWells(
                session.plates().get(0).key(), List.of(WellId.parse("A11")), MaskReason.USER, "bubble");
        valid = new ProjectStore().text(session, Path.of("screen.hillfit"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # replace                             | with                                                 | expected in the message
            # a number where text is expected: the JSON path and line of the plate
            "wells" : 384                         | "wells" : "many"                                     | line 2
            "wells" : 384                         | "wells" : "many"                                     | at inputs[0].plates[0].wells
            # a plate size that does not exist
            "wells" : 384                         | "wells" : 385                                        | 'wells' must be 96, 384 or 1536
            # a file from a future Hillfit
            "schemaVersion" : 3                   | "schemaVersion" : 99                                 | written by a newer Hillfit (project schema version 99
            # a field this version does not know
            "format" : "hillfit-project",         | "format" : "hillfit-project", "colour" : "blue",     | unknown field 'colour'
            # the same field twice
            "format" : "hillfit-project",         | "format" : "hillfit-project", "format" : "x",        | Duplicate field 'format'
            # a well that no plate has
            "A01" : 9176.0                        | "Z99" : 9176.0                                       | got 'Z99'
            # a well outside the plate's format
            "wells" : 384                         | "wells" : 96                                         | 96-well plates have rows A–H
            # an unknown mask reason
            "reason" : "user"                     | "reason" : "gremlins"                                | 'reason' must be one of [user, outlier
            # a plate that refers to a layout the project lacks
            "layout" : "layout"                   | "layout" : "elsewhere"                               | uses the layout 'elsewhere'
            # a time that is not ISO-8601
            "time" : "2025-03-14T09:26:53Z"       | "time" : "yesterday"                                 | must be an ISO-8601 time
            # a required field set to null
            "sha256" : "                          | "sha256" : null, "x" : "                             | 'sha256' is missing or null
            # regression (#11): a number too large for a double was read as an infinite signal without a flag
            "A01" : 9176.0                        | "A01" : 1e999                                        | expected a finite number; got Infinity
            # regression (fuzzing): a sample well without a compound crashed the re-analysis on open
            "compound" : "HF-001"                 | "compound" : null                                    | a sample well needs a compound and a concentration
            # settings that break the domain's rules
            "inactiveAlpha" : 0.05                | "inactiveAlpha" : 7                                  | the inactive alpha must be in (0, 1)
            """)
    void aBrokenFieldIsReportedWithFileAndPlace(String replace, String with, String expected) throws Exception {
        assertTrue(valid.contains(replace), "the fixture text lacks: " + replace);
        String message = openFailing(valid.replaceFirst(java.util.regex.Pattern.quote(replace), with));
        assertTrue(message.contains(expected), message);
    }

    @Test
    void aTruncatedFileIsReportedWithItsLine() throws Exception {
        String message = openFailing(valid.substring(0, valid.length() / 2));
        assertTrue(message.contains("truncated"), message);
        assertTrue(message.matches("(?s).*screen\\.hillfit: line \\d+, column \\d+.*"), message);
    }

    @Test
    void aFileThatIsNotJsonIsRefused() throws Exception {
        String message = openFailing("PK\u0003\u0004 this is a zip, not a project");
        assertTrue(message.contains("screen.hillfit: line 1"), message);
    }

    @Test
    void jsonThatIsNotAProjectIsRefused() throws Exception {
        String message = openFailing("{\"hello\": \"world\"}");
        assertTrue(message.contains("not a Hillfit project"), message);
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsAnything() throws Exception {
        String message = openFailing("{\"format\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertTrue(message.contains("nested more than 64 levels deep"), message);
    }

    @Test
    void aMissingFileIsNamed() {
        ProjectException e = assertThrows(
                ProjectException.class, () -> store.open(dir.resolve("nowhere.hillfit"), SessionFixtures.ALICE));
        assertTrue(e.getMessage().contains("nowhere.hillfit: no such file"), e.getMessage());
    }

    private String openFailing(String text) throws Exception {
        Path file = dir.resolve("screen.hillfit");
        Files.writeString(file, text);
        ProjectException e = assertThrows(ProjectException.class, () -> store.open(file, SessionFixtures.ALICE));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(!e.getMessage().contains("org.hillfit"), "no Java class names: " + e.getMessage());
        return e.getMessage();
    }
}
