/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import java.util.List;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.PlateKey;
import org.hillfit.project.SessionLayout;
import org.hillfit.project.SessionPlate;

/**
 * Which plates a layout edit reaches: the layout the plate uses and every plate sharing it, in words for the layout
 * dialog.
 *
 * @param layout the layout's name as people know it ("panel-layout.csv")
 * @param plate the plate being edited ("TYK2-P1")
 * @param sharing the names of every plate using the layout, the edited one included, in session order
 */
record LayoutScope(String layout, String plate, List<String> sharing) {
    /** How many plate names are listed before "and N more". */
    private static final int LISTED = 4;

    LayoutScope {
        sharing = List.copyOf(sharing);
    }

    /** The scope of an edit of the layout {@code key} uses. */
    static LayoutScope of(AnalysisSession session, PlateKey key) {
        SessionPlate edited =
                session.plate(key).orElseThrow(() -> new IllegalArgumentException("the session has no plate " + key));
        SessionLayout layout = session.layouts().get(edited.layoutName());
        List<String> sharing = session.plates().stream()
                .filter(p -> p.layoutName().equals(edited.layoutName()))
                .map(p -> p.plate().name())
                .toList();
        return new LayoutScope(
                layout == null ? edited.layoutName() : layout.displayName(),
                edited.plate().name(),
                sharing);
    }

    /** True when other plates use the layout too (so "only this plate" means something). */
    boolean isShared() {
        return sharing.size() > 1;
    }

    /**
     * "Applies to the layout 'panel-layout.csv', used by 4 plates: TYK2-P1, JAK1-P1, JAK2-P1, JAK3-P1.", or, for
     * this plate only, what the copy is called and that the other plates keep the original.
     */
    String describe(boolean onlyThisPlate) {
        if (!isShared()) {
            return "Applies to the layout '" + layout + "', used by " + plate + " only.";
        }
        if (onlyThisPlate) {
            int others = sharing.size() - 1;
            return "Applies to " + plate + " only: it gets its own copy of the layout, '" + layout + " (" + plate
                    + ")'; the other " + others + (others == 1 ? " plate keeps" : " plates keep") + " '" + layout
                    + "'.";
        }
        return "Applies to the layout '" + layout + "', used by " + sharing.size() + " plates: " + listed() + ".";
    }

    private String listed() {
        String shown = String.join(", ", sharing.subList(0, Math.min(LISTED, sharing.size())));
        return sharing.size() > LISTED ? shown + " and " + (sharing.size() - LISTED) + " more" : shown;
    }
}
