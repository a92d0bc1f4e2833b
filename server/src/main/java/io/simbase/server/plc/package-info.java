/**
 * The server's side of the soft PLC (module {@code soft-plc}): the address map of directly
 * represented variables on the device bridge's default Modbus map (immutable, any thread), the
 * grader's program compiler, and {@link io.simbase.server.plc.SessionPlc}, one session's PLC
 * as the live session and the replayer both drive it (the session's sim thread or the
 * replaying thread; no allocation per step).
 */
package io.simbase.server.plc;
