/**
 * Register maps: where each tag lives in the Modbus tables and how its value is encoded
 * (default scaling, raw scaling, int16, uint16, float32 in two registers, bit in register),
 * and {@link io.simbase.bridge.map.TagImage}, a slave data model over the plant.
 * Maps are immutable and shared; a TagImage belongs to one I/O thread and allocates nothing.
 */
package io.simbase.bridge.map;
