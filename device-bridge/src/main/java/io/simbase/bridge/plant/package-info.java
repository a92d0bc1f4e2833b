/**
 * The bridge's only view of the plant: {@link io.simbase.bridge.plant.PlantIo} (layout, latest
 * published values, bounded input) and the allocation-free {@link io.simbase.bridge.plant.InputQueue}.
 * Callable from any thread; values are engineering units of each tag.
 */
package io.simbase.bridge.plant;
