/**
 * Adapters between the soft PLC and sim-engine: the process image over a
 * {@link io.simbase.engine.world.World}, and the address map from the engine's tag definitions.
 * Threading: the world's stepping thread. Allocation: none per scan.
 */
package io.simbase.plc.engine;
