/**
 * Importers of instrument exports: the {@link org.hillfit.io.PlateImporter} SPI, the registry that picks an importer by content, and the typed errors every importer reports.
 */
@NullMarked
package org.hillfit.io;

import org.jspecify.annotations.NullMarked;
