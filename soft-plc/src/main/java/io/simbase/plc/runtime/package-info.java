/**
 * The executable form of a program: expression and statement nodes over primitive slot
 * arrays ({@link io.simbase.plc.runtime.Memory}), and the standard function blocks.
 *
 * <p>Threading: the scanning thread. Allocation: none while executing, except the
 * {@link io.simbase.plc.runtime.ScanFault} thrown on a run-time error.
 */
package io.simbase.plc.runtime;
