/**
 * Device bridge benchmarks: {@link io.simbase.bench.bridge.RtuCodecBenchmark} (JMH, per-transaction
 * CPU and allocation of the Modbus codec) and {@link io.simbase.bench.bridge.BridgeWireBench}
 * (slave turnaround and master throughput on real ptys against libmodbus peers). Times in
 * nanoseconds unless a name says otherwise.
 */
package io.simbase.bench.bridge;
