/**
 * The part-physics comparison behind {@code docs/decisions/0001-part-physics-solver.md}: the
 * same belt cases stepped at 200 Hz by SimBase's {@link io.simbase.engine.parts.PartSystem}
 * and by dyn4j, timed and profiled for allocation with JMH ({@code -prof gc}).
 *
 * <p>dyn4j is a dependency of the benchmarks module only. Each JMH thread owns its solver;
 * lengths in metres, times in seconds, results in nanoseconds and bytes per step.
 */
package io.simbase.bench.physics;
