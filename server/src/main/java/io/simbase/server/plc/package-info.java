/**
 * The server's side of the soft PLC (module {@code soft-plc}): the address map of directly
 * represented variables on the device bridge's default Modbus map. Immutable values; any
 * thread; no allocation after construction.
 */
package io.simbase.server.plc;
