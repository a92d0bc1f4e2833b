package io.simbase.server.rig;

import io.simbase.bridge.serial.LineSettings;
import io.simbase.server.cli.UserException;
import picocli.CommandLine.Option;

/** Serial line options shared by the rig commands (a picocli mixin). */
public final class LineOptions {
    @Option(names = "--baud", paramLabel = "B", defaultValue = "19200",
            description = "Baud rate (default ${DEFAULT-VALUE}).")
    int baud;

    @Option(names = "--parity", paramLabel = "P", defaultValue = "none",
            description = "none, even or odd (default ${DEFAULT-VALUE}).")
    String parity;

    @Option(names = "--stop-bits", paramLabel = "N", defaultValue = "1",
            description = "1 or 2 (default ${DEFAULT-VALUE}).")
    int stopBits;

    /** Validated settings for a device; a bad value is a {@link UserException}. */
    LineSettings settings(String device) {
        LineSettings.Parity p = LineSettings.Parity.parse(parity);
        if (p == null) {
            throw new UserException("--parity: expected none, even or odd, got '" + parity + "'");
        }
        try {
            return new LineSettings(device, baud, 8, p, stopBits);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    static void checkUnit(int unit) {
        if (unit < 1 || unit > 247) {
            throw new UserException("--unit: " + unit + " is out of 1..247");
        }
    }
}
