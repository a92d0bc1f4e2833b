/**
 * Live sessions and the real-time scheduler. A {@link io.simbase.server.session.SimThread}
 * owns its sessions: their worlds, observers and event buffers are touched only on it. Network
 * threads reach a session through its bounded command queue and read its volatile summary;
 * a bound rig's I/O threads through its {@link io.simbase.server.session.SessionPlant} (a
 * bounded, allocation-free write queue drained with the commands, and the published state).
 * Stepping, event buffering and delta encoding allocate nothing in steady state; full states,
 * event batches and replies are built with protobuf builders (they allocate). Times named
 * {@code *Nanos} are wall-clock nanoseconds of the injected clock unless they are sim time.
 */
package io.simbase.server.session;
