/**
 * The {@code ./simbase rig ...} commands: serial port listing, a one-shot Modbus probe, and
 * {@code rig serve}, which steps one scene in real time ({@link io.simbase.server.rig.RealTimeRunner},
 * its own thread, absolute deadlines) and serves its I/O image as a Modbus RTU or TCP slave
 * through the device bridge (one I/O thread per port or connection). In the server,
 * {@link io.simbase.server.rig.RigBindings} binds rig files to live sessions (technicians only),
 * opening and closing ports on its own thread. Times are nanoseconds
 * unless a name says otherwise.
 */
package io.simbase.server.rig;
