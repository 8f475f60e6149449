/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.notes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.Note;
import org.hillfit.project.SessionPlate;
import org.hillfit.ui.session.CurveItem;

/**
 * What a note is about, as {@link AnalysisSession#addNote} records it ("TYK2 / TYK2-P1" for a plate, "TYK2 /
 * TYK2-P1 / HF-003" for a curve), and notes in one line for the screen. Needs no JavaFX toolkit.
 */
public final class NoteText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private NoteText() {}

    /** "TYK2 / TYK2-P1". */
    public static String target(SessionPlate plate) {
        return plate.label();
    }

    /** "TYK2 / TYK2-P1 / HF-003". */
    public static String target(CurveItem curve) {
        return curve.plate().label() + " / " + curve.curve().compound();
    }

    /** The notes about exactly this target, oldest first. */
    public static List<Note> about(Optional<AnalysisSession> session, String target) {
        return session.map(s -> s.notes().stream()
                        .filter(n -> n.target().equals(target))
                        .toList())
                .orElse(List.of());
    }

    /** "Plate lid fogged — tester, 14 Mar 2025, 10:26" (local time). */
    public static String line(Note note, ZoneId zone) {
        return note.text() + " — " + note.user() + ", "
                + TIME.format(note.time().atZone(zone));
    }
}
