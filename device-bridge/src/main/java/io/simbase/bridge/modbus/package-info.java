/**
 * The Modbus protocol core, independent of the transport: function codes, the slave's PDU
 * handler, RTU frame lengths and CRC. Every method here is allocation-free and works on caller
 * buffers; instances belong to one I/O thread. Addresses are 0-based PDU addresses.
 */
package io.simbase.bridge.modbus;
