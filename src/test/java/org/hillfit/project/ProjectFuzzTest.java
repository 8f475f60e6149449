/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;
import org.hillfit.io.InputMutations;
import org.hillfit.testing.FuzzTries;
import org.hillfit.testing.HostileEdits;

/**
 * Damaged projects never crash {@link ProjectStore#open}: it opens the file or throws a {@link ProjectException}
 * naming it. Inputs are the sample project with hostile text edits or byte mutations. Tries from {@link FuzzTries}.
 */
@AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ProjectFuzzTest {
    private static String sample;

    @BeforeContainer
    static void saveTheSampleProject() throws Exception {
        sample = new ProjectStore().text(SessionFixtures.session("TYK2"), Path.of("fuzz.hillfit"));
    }

    @Property
    void editedProjectsOpenOrFailWithAProjectException(@ForAll long seed) throws IOException {
        open(HostileEdits.editBytes(sample, seed));
    }

    @Property
    void mutatedProjectBytesOpenOrFailWithAProjectException(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        open(InputMutations.mutate(
                sample.getBytes(java.nio.charset.StandardCharsets.UTF_8), random, random.nextInt(4)));
    }

    private static void open(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".hillfit");
        try {
            Files.write(file, bytes);
            new ProjectStore().open(file, SessionFixtures.ALICE);
        } catch (ProjectException e) {
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
