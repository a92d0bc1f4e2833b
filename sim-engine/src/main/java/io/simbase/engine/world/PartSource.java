package io.simbase.engine.world;

/**
 * A component that releases parts (an emitter) and so accepts parts queued by type
 * ({@link World#queuePart}): the next parts it releases are the queued types, in order,
 * instead of its own sequence or seeded mix. Implemented by component types; a marker only.
 */
public interface PartSource {
}
