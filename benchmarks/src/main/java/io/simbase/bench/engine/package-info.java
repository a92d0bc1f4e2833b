/**
 * JMH benchmarks of one {@link io.simbase.engine.world.World#step()}: the reference scenes at
 * their default load, and a queue of parts held by a stopper on a running belt. Every world is
 * built and warmed up in {@code @Setup} until it is in steady state (parts in flight, bins
 * taking what the emitter makes), so a measured step is the everyday step of a session.
 *
 * <p>Run with the GC profiler to prove the step allocates nothing; the command and the figures
 * are in {@code BENCHMARKS.md}. One JMH thread owns each world; times are reported in
 * nanoseconds per step, allocation in bytes per step.
 */
package io.simbase.bench.engine;
