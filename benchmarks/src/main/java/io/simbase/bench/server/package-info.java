/**
 * JMH benchmarks of the server's hot paths (delta encoding). Single-threaded; run with the
 * GC profiler to see allocation per operation.
 */
package io.simbase.bench.server;
