/**
 * The plant's components: belts, chutes, emitters and removers; photo eyes, proximity, height
 * and level sensors; pushers, stoppers, diverters; valves, pumps, tanks and heaters; operator
 * panel controls and indicators. Each reads and writes only tags of the I/O image and the part
 * system. Threading: stepping thread only. Allocation: none in phase methods. Units: SI (m, s,
 * m^3/s, degrees C), tag values in each tag's unit.
 */
package io.simbase.engine.component;
