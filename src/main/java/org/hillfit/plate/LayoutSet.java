/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The layouts of one analysis and how they map to plates. The common case is one layout shared by every plate. A
 * dispenser run or a multi-plate layout file can instead give plates their own layouts, keyed by plate barcode or
 * plate name; a plate takes the layout whose key equals its barcode, else its name (ignoring letter case and
 * surrounding blanks), else the shared layout. A plate matching nothing is an error the caller reports.
 *
 * @param shared the layout of every plate without a layout of its own
 * @param byPlate layouts by plate key (barcode or plate name), in file order
 * @param warnings what reading the layouts noticed (each names the file and line or well); carried into the results
 */
public record LayoutSet(Optional<PlateLayout> shared, Map<String, PlateLayout> byPlate, List<String> warnings) {

    public LayoutSet {
        Objects.requireNonNull(shared, "shared");
        Map<String, String> seen = new HashMap<>();
        for (String key : byPlate.keySet()) {
            String previous = seen.put(normalize(key), key);
            if (key.isBlank() || previous != null) {
                throw new IllegalArgumentException("plate keys of a layout set must be unique and not blank; got '"
                        + key + "'" + (previous != null ? " and '" + previous + "'" : ""));
            }
        }
        if (shared.isEmpty() && byPlate.isEmpty()) {
            throw new IllegalArgumentException("a layout set needs a shared layout or at least one plate layout");
        }
        byPlate = Collections.unmodifiableMap(new LinkedHashMap<>(byPlate));
        warnings = List.copyOf(warnings);
    }

    /** One layout for every plate. */
    public static LayoutSet of(PlateLayout layout) {
        return new LayoutSet(Optional.of(layout), Map.of(), List.of());
    }

    /**
     * The layout of a plate: by barcode, then by name, then the shared one.
     *
     * @param plateName the plate's name
     * @param barcode the plate's barcode, when the export gives one
     */
    public Optional<PlateLayout> forPlate(String plateName, Optional<String> barcode) {
        Optional<PlateLayout> byBarcode = barcode.flatMap(this::byKey);
        if (byBarcode.isPresent()) {
            return byBarcode;
        }
        return byKey(plateName).or(() -> shared);
    }

    /** The layout of a plate, using its {@link PlateMetadata#BARCODE} metadata. */
    public Optional<PlateLayout> forPlate(Plate plate) {
        return forPlate(plate.name(), plate.metadata(PlateMetadata.BARCODE));
    }

    /** The key of the plate's own layout (as written in {@link #byPlate()}), empty when it uses the shared one. */
    public Optional<String> ownLayoutKey(Plate plate) {
        Optional<String> byBarcode = plate.metadata(PlateMetadata.BARCODE).flatMap(this::keyOf);
        return byBarcode.isPresent() ? byBarcode : keyOf(plate.name());
    }

    /** True when a plate has a layout of its own (not the shared one). */
    public boolean hasOwnLayout(Plate plate) {
        return plate.metadata(PlateMetadata.BARCODE).flatMap(this::byKey).isPresent()
                || byKey(plate.name()).isPresent();
    }

    /** A copy with more warnings. */
    public LayoutSet withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new LayoutSet(shared, byPlate, all);
    }

    private Optional<String> keyOf(String key) {
        if (byPlate.containsKey(key)) {
            return Optional.of(key);
        }
        String wanted = normalize(key);
        return byPlate.keySet().stream()
                .filter(k -> normalize(k).equals(wanted))
                .findFirst();
    }

    private Optional<PlateLayout> byKey(String key) {
        PlateLayout exact = byPlate.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        String wanted = normalize(key);
        return byPlate.entrySet().stream()
                .filter(e -> normalize(e.getKey()).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static String normalize(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }
}
