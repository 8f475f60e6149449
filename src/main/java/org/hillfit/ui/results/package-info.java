/**
 * The IC50 table (sortable, filterable, copyable as tab-separated text) and the selectivity pivot.
 */
@NullMarked
package org.hillfit.ui.results;

import org.jspecify.annotations.NullMarked;
