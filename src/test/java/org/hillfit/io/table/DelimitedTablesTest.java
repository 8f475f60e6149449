/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.junit.jupiter.api.Test;

class DelimitedTablesTest {
    private static final Path FILE = Path.of("export.txt");
    private static final String NOTE_WITH_QUOTES = "Note:\n\"Use plate\tA\n~End\nstill\"\n";

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
