/**
 * Live sessions and the real-time scheduler. A {@link io.simbase.server.session.SimThread}
 * owns its sessions: their worlds, {@link io.simbase.server.session.Pacing}, observers and
 * event buffers are touched only on it. Network threads reach a session through its bounded
 * command queue, with commands as data ({@link io.simbase.server.session.SessionCommand}) whose
 * results come back as values ({@link io.simbase.server.session.CommandResult}) for the network
 * edge to turn into replies, and read its volatile {@link io.simbase.server.session.SessionStatus};
 * a bound rig's I/O threads through its {@link io.simbase.server.session.SessionPlant} (a
 * bounded, allocation-free write queue drained with the commands, and the published state).
 *
 * <p>The session core ({@code Session}, its commands, results and pacing) depends on neither
 * Netty nor the generated protobuf classes; the stream to observers ({@code Observers},
 * {@code FrameBytes}, {@code DeltaEncoder}, {@code StateMessages}) writes protobuf bytes where
 * it is fast. Stepping, event buffering and delta encoding allocate nothing in steady state;
 * full states, event batches and command results allocate. Times named {@code *Nanos} are
 * nanoseconds of the injected clock unless they are sim time.
 */
package io.simbase.server.session;
