/**
 * Adapters between the soft PLC and sim-engine: the process image over a
 * {@link io.simbase.engine.world.World}, and a PLC in a world's loop for headless runs.
 * Threading: the world's stepping thread. Allocation: none per scan.
 */
package io.simbase.plc.engine;
