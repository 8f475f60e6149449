/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.nio.file.Path;
import org.hillfit.project.LayoutTemplateStore;
import picocli.CommandLine.Option;

/** {@code --template-dir}, shared by the commands that read or save layout templates. */
final class TemplateFolderMixin {
    @Option(
            names = "--template-dir",
            paramLabel = "DIR",
            description = "Folder of layout templates (default: ~/.hillfit/templates).")
    private Path folder;

    /** The templates of the folder given, or of the user's default folder. */
    LayoutTemplateStore store() {
        return new LayoutTemplateStore(folder != null ? folder : LayoutTemplateStore.defaultFolder());
    }
}
