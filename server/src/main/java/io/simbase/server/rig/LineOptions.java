package io.simbase.server.rig;

import io.simbase.bridge.serial.LineSettings;
import io.simbase.server.cli.UserException;
import picocli.CommandLine.Option;

/**
 * Serial line options shared by the rig commands (a picocli mixin). Each option left out keeps
 * the value of the base settings (a rig file's), or the default 19200 8N1.
 */
public final class LineOptions {
    @Option(names = "--baud", paramLabel = "B", description = "Baud rate (default 19200, or the rig file's).")
    Integer baud;

    @Option(names = "--parity", paramLabel = "P", description = "none, even or odd (default none, or the rig file's).")
    String parity;

    @Option(names = "--stop-bits", paramLabel = "N", description = "1 or 2 (default 1, or the rig file's).")
    Integer stopBits;

    /** Validated settings for a device; a bad value is a {@link UserException}. */
    LineSettings settings(String device, LineSettings base) {
        LineSettings.Parity p = base != null ? base.parity() : LineSettings.Parity.NONE;
        if (parity != null) {
            p = LineSettings.Parity.parse(parity);
            if (p == null) {
                throw new UserException("--parity: expected none, even or odd, got '" + parity + "'");
            }
        }
        int b = baud != null ? baud : base != null ? base.baud() : 19200;
        int s = stopBits != null ? stopBits : base != null ? base.stopBits() : 1;
        try {
            return new LineSettings(device, b, 8, p, s);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /**
     * A link that did not open, as a command-line error; a missing or busy serial port names
     * {@code rig ports} and the option that picks the port ({@code portOption}).
     */
    static UserException openFailed(RigLinkException e, String portOption) {
        if (!e.serial()) {
            return new UserException(e.getMessage(), e);
        }
        return new UserException(e.getMessage() + "; list the serial ports with './simbase rig ports' and give one with "
                + portOption + " DEV", e);
    }

    static void checkUnit(int unit) {
        if (unit < 1 || unit > 247) {
            throw new UserException("--unit: " + unit + " is out of 1..247");
        }
    }
}
