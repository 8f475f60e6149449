/**
 * JMH benchmarks (profile {@code bench}): {@code ./mvnw -Pbench test-compile exec:exec}. Kept out of unit tests; log
 * claimed speed-ups in BENCHMARKS.md.
 */
package org.hillfit.bench;
