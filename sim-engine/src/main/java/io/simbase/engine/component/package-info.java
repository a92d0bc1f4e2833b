/**
 * The plant's components: belts, chutes, emitters and removers; photo eyes, proximity, height
 * and level sensors; pushers, stoppers, diverters; valves, pumps, tanks and heaters; operator
 * panel controls and indicators. Each class declares its scene-file type (keys, faults, factory)
 * beside it, and {@link io.simbase.engine.component.StandardComponents} registers them, one
 * line each. Components read and write the plant only through their phase contexts.
 * Threading: stepping thread only. Allocation: none in phase methods. Units: SI (m, s, m^3/s,
 * degrees C), tag values in each tag's unit.
 */
package io.simbase.engine.component;
