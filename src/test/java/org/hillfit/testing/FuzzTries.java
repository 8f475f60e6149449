/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.testing;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the tries of a jqwik property from the system property {@value #PROPERTY} (and mixes edge cases in rather
 * than generating them first, which could use up every try): {@value #DEFAULT_TRIES} in a
 * normal build, many more with {@code ./mvnw -Pfuzz test} (the profile sets the property). Use it with
 * {@code @AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.ALL_DESCENDANTS)} on a class of
 * properties that fuzz parsers (or without {@code propagateTo} on single properties).
 */
public final class FuzzTries implements AroundPropertyHook {
    /** The system property that holds the number of tries. */
    public static final String PROPERTY = "hillfit.fuzz.tries";
    /** Tries per property in a normal build. */
    public static final int DEFAULT_TRIES = 200;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        context.attributes().setEdgeCases(EdgeCasesMode.MIXIN); // edge cases first would use up all the tries
        return property.execute();
    }

    /** Outermost, so the tries are set before jqwik starts generating. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }

    /** The tries configured for this run. */
    public static int tries() {
        String value = System.getProperty(PROPERTY, "");
        try {
            return value.isBlank() ? DEFAULT_TRIES : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_TRIES; // a malformed setting falls back to the normal run
        }
    }
}
