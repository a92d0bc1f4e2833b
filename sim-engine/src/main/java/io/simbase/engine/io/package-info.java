/**
 * The I/O image: typed tags (bool, int, real) with a direction seen from the controller, and the
 * live raw/effective values with tag faults and forces. Protocol addresses (the default Modbus
 * map) are the device bridge's view of the tags, not part of them. Threading: {@link io.simbase.engine.io.IoLayout} and {@link io.simbase.engine.io.TagDef}
 * are immutable and shared; {@link io.simbase.engine.io.IoImage} is owned by the stepping thread.
 * Allocation: none when reading or writing a tag by index. Units: engineering units of each tag.
 */
package io.simbase.engine.io;
