/**
 * The IC50 table (sortable, filterable, copyable as tab-separated text), the selectivity pivot and the replicate
 * means of compounds on several plates.
 */
@NullMarked
package org.hillfit.ui.results;

import org.jspecify.annotations.NullMarked;
