/**
 * Serial ports through jssc. A {@link io.simbase.bridge.serial.SerialLink} belongs to exactly
 * one I/O thread (never a Netty event loop); it is polled, never blocked on. Baud rates are
 * bits per second, times nanoseconds.
 */
package io.simbase.bridge.serial;
