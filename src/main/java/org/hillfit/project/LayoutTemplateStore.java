/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.layout.LayoutTemplate;
import org.hillfit.io.layout.LayoutTemplateFile;
import org.hillfit.report.AtomicFiles;

/**
 * A folder of named layout templates, one {@link LayoutTemplateFile} per template, named after the template
 * ({@code 384-16-cpds-10-pts-2-controls-cols-1-2-23-24.hillfit-template}). Saving a template of an existing name
 * replaces it; files are written atomically.
 *
 * @param folder the folder; created on the first save
 */
public record LayoutTemplateStore(Path folder) {
    /** File name extension of template files. */
    public static final String EXTENSION = ".hillfit-template";

    /** The user's template folder: {@code ~/.hillfit/templates}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".hillfit", "templates");
    }

    /**
     * Every template in the folder, by name; empty when the folder does not exist.
     *
     * @throws ImportException when a template file cannot be read or parsed
     */
    public List<LayoutTemplate> list() throws ImportException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ImportException(SourceLocation.of(folder), "cannot list templates (" + e.getMessage() + ")", e);
        }
        List<LayoutTemplate> templates = new ArrayList<>();
        for (Path file : files) {
            templates.add(read(file));
        }
        return templates;
    }

    /**
     * The template with this name (ignoring letter case) or file name stem.
     *
     * @throws ImportException when a template file cannot be read
     */
    public Optional<LayoutTemplate> find(String name) throws ImportException {
        String wanted = name.strip();
        for (LayoutTemplate template : list()) {
            if (template.name().equalsIgnoreCase(wanted)
                    || fileName(template.name()).equals(fileName(wanted))) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    /**
     * Saves a template, replacing one of the same name.
     *
     * @return the file written
     * @throws IOException when the folder cannot be created or the file written
     */
    public Path save(LayoutTemplate template) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName(template.name()));
        byte[] bytes = LayoutTemplateFile.write(template).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
        return file;
    }

    /** "384 · 16 cpds × 10 pts" → "384-16-cpds-10-pts.hillfit-template". */
    static String fileName(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "template" : slug) + EXTENSION;
    }

    private static LayoutTemplate read(Path file) throws ImportException {
        try {
            return LayoutTemplateFile.parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ImportException(SourceLocation.of(file), "cannot read the template (" + e.getMessage() + ")", e);
        }
    }
}
