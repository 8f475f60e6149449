/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its values by name ("sample", "µM", "along rows"); the values are only picked. */
public final class ChoiceNames {
    private ChoiceNames() {}

    /** A converter showing each value by {@code name} (blank for none). */
    public static <T> StringConverter<T> of(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked from the list");
            }
        };
    }
}
