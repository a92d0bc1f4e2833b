/**
 * Benchmarks of the OPC UA server's cost on the stepping thread: recording tag changes for the
 * change pump. Single-threaded JMH states; the pump thread runs beside them.
 */
package io.simbase.bench.opcua;
