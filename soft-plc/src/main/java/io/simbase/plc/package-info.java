/**
 * The built-in soft PLC: IEC 61131-3 Structured Text compiled against a scene's tags
 * ({@link io.simbase.plc.PlcCompiler}) and scanned inside a world's step ({@link io.simbase.plc.Plc}).
 *
 * <p>Threading: a {@code Plc} belongs to the thread that steps its world; it has no threads
 * and no clock. Allocation: a scan allocates nothing. Units: TIME values are milliseconds of
 * the simulated clock.
 */
package io.simbase.plc;
