/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into "line 12, column 7, at inputs[0].plates[0]" and one plain sentence. */
final class JsonErrorText {
    private static final java.util.regex.Pattern MISSING =
            java.util.regex.Pattern.compile("Missing (?:required )?creator property '([^']+)'");

    private JsonErrorText() {}

    /** "line 12, column 7, at inputs[0].name", or as much of it as is known. */
    static String where(JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append("line ")
                    .append(location.getLineNr())
                    .append(", column ")
                    .append(location.getColumnNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where.append(where.length() > 0 ? ", at " : "at ").append(path(mapping));
        }
        return where.toString();
    }

    /** What was wrong, without Java class names. */
    static String what(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return String.valueOf(e.getCause().getMessage());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof JsonEOFException) {
            return "the file ends in the middle of the JSON (truncated?)";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "expected " + kind(invalid.getTargetType()) + "; got " + invalid.getValue();
        }
        if (e instanceof MismatchedInputException mismatch) {
            java.util.regex.Matcher missing = MISSING.matcher(String.valueOf(mismatch.getOriginalMessage()));
            if (missing.find()) {
                return "the field '" + missing.group(1) + "' is missing";
            }
            if (mismatch.getTargetType() != null) {
                return "expected " + kind(mismatch.getTargetType()) + " here";
            }
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Non-standard token")) {
            return "expected a number; got " + message.replaceAll("^Non-standard token ('[^']*').*$", "$1")
                    + " (a project stores only finite numbers)";
        }
        if (message.startsWith("Document nesting depth")) {
            return "the JSON is nested more than " + ProjectStore.MAX_NESTING
                    + " levels deep; a project needs fewer than 10";
        }
        if (message.startsWith("Invalid UTF-8") || message.startsWith("Invalid UTF-32")) {
            return "not a Hillfit project: the file is not UTF-8 text (" + message.replaceAll("\\s*\\n.*", "") + ")";
        }
        int newline = message.indexOf('\n');
        String first = newline >= 0 ? message.substring(0, newline) : message;
        return first.replaceAll("`[\\w.$]*\\$(\\w+)`", "$1")
                .replaceAll("`java\\.lang\\.(\\w+)`", "$1")
                .replaceAll("`java\\.util\\.(\\w+)(<[^`]*>)?`", "$1")
                .strip();
    }

    /** "a whole number", "text", "a list", … for a Java type Jackson wanted. */
    private static String kind(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return "an object {...}";
    }

    /** "inputs[0].plates[1].channels[0].values". */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
