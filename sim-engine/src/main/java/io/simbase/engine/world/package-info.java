/**
 * The fixed-step world: phases (apply inputs, actuate, integrate, sense, publish), components,
 * events, the lock-free published state for other threads, the seeded RNG.
 * Threading: a {@link io.simbase.engine.world.World} is stepped and mutated by one thread; only
 * {@link io.simbase.engine.world.PublishedState} is read from others. Allocation: none per step.
 * Time: simulated nanoseconds only; no wall clock anywhere in the engine.
 */
package io.simbase.engine.world;
