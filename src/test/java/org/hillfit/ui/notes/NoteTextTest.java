/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import org.hillfit.project.Note;
import org.junit.jupiter.api.Test;

/** A note in one line: the text first, then who and when. */
class NoteTextTest {

    @Test
    void putsTheTextBeforeWhoAndWhen() {
        Note note = new Note(Instant.parse("2025-03-14T09:26:53Z"), "tester", "TYK2 / TYK2-P1", "lid fogged");

        assertEquals("lid fogged — tester, 14 Mar 2025, 09:26", NoteText.line(note, ZoneOffset.UTC));
    }
}
