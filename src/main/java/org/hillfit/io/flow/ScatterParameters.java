/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.Locale;
import java.util.Optional;

/**
 * The scatter parameters of a dataset, recognised by their {@code $PnN}: forward scatter area and height and side
 * scatter ("FSC-A", "FSC-H", "SSC-A"; "FS Lin", "SS INT", "FSC", "SSC-H" from older instruments). When only a
 * height is measured it stands in for the area.
 *
 * @param forward FSC area (or the only FSC parameter)
 * @param forwardHeight FSC height, when an area exists too (for the singlet gate)
 * @param side SSC area (or the only SSC parameter)
 */
record ScatterParameters(Optional<String> forward, Optional<String> forwardHeight, Optional<String> side) {

    static ScatterParameters find(FcsDataset dataset) {
        Optional<String> forwardArea = best(dataset, "FS", Kind.AREA);
        Optional<String> forwardHeight = best(dataset, "FS", Kind.HEIGHT);
        Optional<String> sideArea = best(dataset, "SS", Kind.AREA);
        return new ScatterParameters(
                forwardArea.or(() -> forwardHeight),
                forwardArea.isPresent() ? forwardHeight : Optional.empty(),
                sideArea.or(() -> best(dataset, "SS", Kind.HEIGHT)));
    }

    /** True when cells can be told from debris (both FSC and SSC exist). */
    boolean hasCellParameters() {
        return forward.isPresent() && side.isPresent();
    }

    /** True for any scatter or bookkeeping parameter that is not a fluorescence readout. */
    static boolean isScatterOrTime(FcsParameter p) {
        String n = p.name().toUpperCase(Locale.ROOT).replace(" ", "");
        return n.startsWith("FSC")
                || n.startsWith("SSC")
                || n.matches("(FS|SS)(-.*|LIN.*|LOG.*|INT.*|PEAK.*|AREA|HEIGHT|WIDTH|TOF)?")
                || n.contains("TIME")
                || n.equals("WIDTH")
                || n.startsWith("HDR-")
                || n.equals("EVENT")
                || n.equals("DOUBLET");
    }

    private enum Kind {
        AREA,
        HEIGHT
    }

    private static Optional<String> best(FcsDataset dataset, String prefix, Kind kind) {
        String bestName = null;
        int bestRank = Integer.MAX_VALUE;
        for (FcsParameter p : dataset.parameters()) {
            int rank = rank(p.name().toUpperCase(Locale.ROOT).replace(" ", ""), prefix, kind);
            if (rank < bestRank) {
                bestRank = rank;
                bestName = p.name();
            }
        }
        return Optional.ofNullable(bestName);
    }

    /** 0 for the canonical name, higher for older spellings, MAX_VALUE when it is not this parameter. */
    private static int rank(String n, String prefix, Kind kind) {
        String suffix = n.startsWith(prefix + "C") ? n.substring(3) : n.startsWith(prefix) ? n.substring(2) : null;
        if (suffix == null) {
            return Integer.MAX_VALUE;
        }
        if (kind == Kind.AREA) {
            return switch (suffix) {
                case "-A", "-AREA", "A" -> 0;
                case "" -> 1;
                case "LIN", "LINA", "INT", "-LIN" -> 2;
                default -> Integer.MAX_VALUE;
            };
        }
        return switch (suffix) {
            case "-H", "-HEIGHT", "H" -> 0;
            case "LINH", "-PEAK", "PEAK" -> 1;
            default -> Integer.MAX_VALUE;
        };
    }
}
