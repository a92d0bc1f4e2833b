/**
 * Rigs in master role: {@link io.simbase.bridge.master.MasterPoller} polls real devices over any
 * {@link io.simbase.bridge.modbus.Transactor} (RTU or TCP) on its own thread, on absolute poll
 * deadlines, and feeds their values to the plant. Times in nanoseconds.
 */
package io.simbase.bridge.master;
