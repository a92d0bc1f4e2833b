/**
 * Modbus RTU over serial links: the slave (a virtual plant polled by a real PLC) and the
 * master (real devices polled as part of the plant). Each runs on its own I/O thread, polls
 * its port, and reopens it when it vanishes. Times are nanoseconds.
 */
package io.simbase.bridge.rtu;
