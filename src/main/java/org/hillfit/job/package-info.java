/**
 * Progress and cancellation for long jobs, shared by every layer. JDK only.
 */
@NullMarked
package org.hillfit.job;

import org.jspecify.annotations.NullMarked;
