/**
 * Kinds every other engine package shares: the events a world reports ({@link
 * io.simbase.engine.core.EventKind}, {@link io.simbase.engine.core.EventSink}) and the seeded
 * random source ({@link io.simbase.engine.core.Rng}). Imports nothing else of the engine, so
 * that the packages using these kinds do not depend on one another through them. Threading:
 * the stepping thread. Allocation: none.
 */
package io.simbase.engine.core;
