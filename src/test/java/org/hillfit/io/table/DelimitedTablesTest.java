/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.job.CancellationToken;
import org.hillfit.testing.FuzzTries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelimitedTablesTest {
    private static final Path FILE = Path.of("plate.csv");
    private static final ImportContext CONTEXT = ImportContext.defaults();
    private static final String NOTE_WITH_QUOTES = "Note:\n\"Use plate\tA\n~End\nstill\"\n";

    @Property
    @AddLifecycleHook(FuzzTries.class)
    void theFastPathSplitsLikeCommonsCsv(@ForAll("unquoted") String text, @ForAll("delimiters") char delimiter)
            throws ImportException {
        TextTable fast = DelimitedTables.splitLines(FILE, text, delimiter, CONTEXT);
        TextTable commons = DelimitedTables.parse(FILE, text, delimiter, true, CONTEXT);
        assertEquals(commons.rows(), fast.rows());
    }

    @Provide
    Arbitrary<String> unquoted() {
        return Arbitraries.strings().withChars("ab1 ,;\t\r\n").ofMaxLength(200);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t');
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # text (\\n new line, \\t tab)         | delimiter
            a,b,c\\n1,2,3                          | ,
            a;b;c\\n1,5;2,5;3,5                     | ;
            a\\tb\\tc\\n1,5\\t2\\t3                   | \\t
            ;1;2;3\\nA;1,0;2,0;3,0                  | ;
            """)
    void detectsTheDelimiterEvenWithDecimalCommas(String text, String delimiter) {
        String real = text.replace("\\n", "\n").replace("\\t", "\t");
        assertEquals(delimiter.replace("\\t", "\t").charAt(0), DelimitedTables.detectDelimiter(real));
    }

    @Test
    void keepsQuotedDelimitersInsideACell() throws ImportException {
        TextTable table = DelimitedTables.parse(FILE, "name,value\n\"Smith, J\",3\n", ',', CONTEXT);
        assertEquals(List.of("Smith, J", "3"), table.row(1).cells());
    }

    @Test
    void readsAStrayQuoteLiterally() throws ImportException {
        TextTable table = DelimitedTables.parse(FILE, "title,5\" plate\nA,1\n", ',', CONTEXT);
        assertEquals(List.of("title", "5\" plate"), table.row(0).cells());
        assertEquals(2, table.size());
    }

    @Test
    void blankLinesKeepTheirLineNumbers() throws ImportException {
        TextTable table = DelimitedTables.parse(FILE, "a\r\n\r\nb\rc\n", ',', CONTEXT);
        assertEquals(
                List.of(1, 2, 3, 4), table.rows().stream().map(TextRow::line).toList());
        assertEquals(List.of("c"), table.row(3).cells());
    }

    @Test
    void rejectsALineOverTheLimitNamingIt() {
        ImportContext tight = new ImportContext(new ImportLimits(1 << 20, 1000, 10), CancellationToken.none());
        ImportException e = assertThrows(
                ImportException.class, () -> DelimitedTables.parse(FILE, "short\nmuch too long\n", ',', tight));
        assertEquals(
                "plate.csv, line 2: the line has 13 characters, over the limit of 10; this is not a plate export",
                e.getMessage());
    }

    @Test
    void rejectsMoreCellsThanTheLimit() {
        ImportContext tight = new ImportContext(new ImportLimits(1 << 20, 5, 100), CancellationToken.none());
        ImportException e =
                assertThrows(ImportException.class, () -> DelimitedTables.parse(FILE, "a,b,c\nd,e,f\n", ',', tight));
        assertTrue(e.getMessage().startsWith("plate.csv, line 2: more than 5 cells"), e.getMessage());
    }

    @Test
    void unquotedParsingKeepsQuotedTextOnItsOwnLines() throws ImportException {
        TextTable table = DelimitedTables.parseUnquoted(FILE, NOTE_WITH_QUOTES, '\t', ImportContext.defaults());

        assertEquals(4, table.size());
        assertEquals(List.of("\"Use plate", "A"), table.row(1).cells());
        assertEquals("~End", table.row(2).first());
        assertEquals(3, table.row(2).line());
    }

    @Test
    void quotedParsingJoinsLinesBetweenQuotes() throws ImportException {
        TextTable table = DelimitedTables.parse(FILE, NOTE_WITH_QUOTES, '\t', ImportContext.defaults());

        assertEquals(2, table.size(), "the CSV reading, which SoftMax and Gen5 must avoid");
    }
}
