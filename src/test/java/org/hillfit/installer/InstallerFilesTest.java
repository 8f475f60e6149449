/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The installer's inputs are present and well-formed, so jpackage on any system finds what it needs. */
class InstallerFilesTest {
    private static final Path FOLDER = Path.of("installer");

    @Test
    void linuxIconIsA256PixelPng() throws IOException {
        BufferedImage icon = ImageIO.read(FOLDER.resolve("icons/hillfit.png").toFile());
        assertEquals(256, icon.getWidth());
        assertEquals(256, icon.getHeight());
    }

    @Test
    void windowsIconListsFourSizes() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(FOLDER.resolve("icons/hillfit.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0)); // reserved
        assertEquals(1, ico.getShort(2)); // type: icon
        assertEquals(4, ico.getShort(4)); // 16, 32, 48, 256
    }

    @Test
    void macIconHasTheIcnsMagicAndItsOwnLength() throws IOException {
        byte[] icns = Files.readAllBytes(FOLDER.resolve("icons/hillfit.icns"));
        assertEquals("icns", new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(icns.length, ByteBuffer.wrap(icns, 4, 4).getInt());
    }

    @Test
    void runtimeModulesIncludeWhatTheAppNeeds() throws IOException {
        String modules = Files.readString(FOLDER.resolve("modules.txt")).strip();
        for (String needed : new String[] {"java.base", "java.desktop", "java.xml", "jdk.charsets", "java.prefs"}) {
            assertTrue(modules.contains(needed), needed + " missing from " + modules);
        }
    }

    @Test
    void debianScriptsKeepJpackagePlaceholders() throws IOException {
        assertTrue(Files.readString(FOLDER.resolve("linux/postinst")).contains("DESKTOP_COMMANDS_INSTALL"));
        assertTrue(Files.readString(FOLDER.resolve("linux/prerm")).contains("DESKTOP_COMMANDS_UNINSTALL"));
    }
}
