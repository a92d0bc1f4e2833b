/**
 * The load generator behind {@code ./simbase load} ({@link io.simbase.bench.load.LoadMain}):
 * real WebSocket clients on their own Netty event loops (callbacks must not block), latency
 * in HdrHistogram recorders (nanoseconds recorded, milliseconds printed), the server either
 * a child JVM it starts and stops or one given by URL.
 */
package io.simbase.bench.load;
