/**
 * Modbus TCP: a blocking server with one I/O thread per PLC connection (never a Netty event
 * loop), each with its own buffers and data model, allocation-free per request.
 */
package io.simbase.bridge.tcp;
