/**
 * Analysis sessions: the whole pipeline as one job, project files, audit trail.
 */
@NullMarked
package org.hillfit.project;

import org.jspecify.annotations.NullMarked;
