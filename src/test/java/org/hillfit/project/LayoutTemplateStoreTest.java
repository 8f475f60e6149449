/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.layout.LayoutTemplate;
import org.hillfit.plate.LayoutSet;
import org.hillfit.samples.DifficultPlate;
import org.hillfit.samples.PanelDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutTemplateStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedTemplatesAreListedAndFoundByNameOrFileName() throws Exception {
        LayoutTemplateStore store = new LayoutTemplateStore(dir.resolve("templates"));
        assertEquals(List.of(), store.list());
        LayoutTemplate template = LayoutTemplate.of(DifficultPlate.rule());
        Path file = store.save(template);
        assertEquals(
                "384-16-cpds-10-pts-2-controls-cols-1-2-23-24.hillfit-template",
                file.getFileName().toString());
        assertEquals(List.of(template), store.list());
        assertEquals(
                template,
                store.find("384 · 16 CPDS × 10 pts × 2 · controls cols 1–2/23–24")
                        .orElseThrow());
        assertEquals(
                template,
                store.find("384-16-cpds-10-pts-2-controls-cols-1-2-23-24").orElseThrow());
    }

    @Test
    void savingUnderAnExistingNameReplacesTheTemplate() throws Exception {
        LayoutTemplateStore store = new LayoutTemplateStore(dir);
        store.save(new LayoutTemplate("Panel", DifficultPlate.rule()));
        LayoutTemplate other = new LayoutTemplate("panel", DifficultPlate.rule().withCompounds(List.of("A", "B")));
        store.save(other);
        assertEquals(List.of(other), store.list());
    }

    @Test
    void aTemplateIsALayoutSource() throws Exception {
        LayoutTemplateStore store = new LayoutTemplateStore(dir);
        store.save(new LayoutTemplate("Panel", DifficultPlate.rule()));
        LayoutSet set = LayoutSources.load("template:panel", store, ImportContext.defaults());
        assertEquals(PanelDesign.layout(), set.shared().orElseThrow());
        ImportException e = assertThrows(
                ImportException.class, () -> LayoutSources.load("template:nope", store, ImportContext.defaults()));
        assertTrue(e.getMessage().contains("no layout template named 'nope'"), e.getMessage());
    }
}
