/**
 * JMH benchmarks of the soft PLC: the scan of a reference program over inputs recorded from a
 * real run of its plant. Run with the GC profiler to prove a scan allocates nothing; the
 * command and the figures are in {@code BENCHMARKS.md}. One JMH thread owns each PLC; times
 * are nanoseconds per scan, allocation bytes per scan.
 */
package io.simbase.bench.plc;
