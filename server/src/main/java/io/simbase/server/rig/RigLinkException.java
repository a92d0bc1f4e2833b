package io.simbase.server.rig;

/**
 * A rig's link could not be opened: the serial port is missing or busy, the TCP port is in use.
 * The message is one line naming the port and the reason, fit for a technician (the command
 * line prints it with a hint, the server returns it in its bind error).
 */
public final class RigLinkException extends Exception {
    private final boolean serial;

    public RigLinkException(String message, boolean serial, Throwable cause) {
        super(message, cause);
        this.serial = serial;
    }

    /** True when a serial port failed to open (the hint then is {@code rig ports}). */
    public boolean serial() {
        return serial;
    }
}
