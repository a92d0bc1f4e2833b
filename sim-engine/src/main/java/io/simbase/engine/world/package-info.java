/**
 * The fixed-step world: phases (apply inputs, actuate, integrate, sense, publish), the
 * component base class with one interface and one narrow context per phase, component faults
 * as declared by their types, the result type of every mutator ({@link
 * io.simbase.engine.world.Outcome}), drawings for clients, and the lock-free published state for
 * other threads. A world is built from a {@link io.simbase.engine.world.Blueprint} (a scene).
 * Threading: a {@link io.simbase.engine.world.World} is stepped and mutated by one thread; only
 * {@link io.simbase.engine.world.PublishedState} is read from others. Allocation: none per step.
 * Time: simulated nanoseconds only; no wall clock anywhere in the engine.
 */
package io.simbase.engine.world;
