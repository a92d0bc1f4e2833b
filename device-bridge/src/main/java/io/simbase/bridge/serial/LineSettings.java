package io.simbase.bridge.serial;

import java.util.Locale;

/**
 * Serial line settings: device path, baud rate, data bits, parity, stop bits. Immutable,
 * validated on construction.
 */
public record LineSettings(String device, int baud, int dataBits, Parity parity, int stopBits) {
    /** Parity of each character. */
    public enum Parity {
        NONE, EVEN, ODD;

        /** Parses none/even/odd or N/E/O, case-insensitive; null when unknown. */
        public static Parity parse(String s) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "none": case "n": return NONE;
                case "even": case "e": return EVEN;
                case "odd": case "o": return ODD;
                default: return null;
            }
        }
    }

    public LineSettings {
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("serial device is empty");
        }
        if (baud < 50 || baud > 4_000_000) {
            throw new IllegalArgumentException("baud " + baud + " is out of 50..4000000");
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits " + dataBits + " is out of 5..8");
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("stop bits must be 1 or 2, got " + stopBits);
        }
    }

    /** 8 data bits, no parity, 1 stop bit. */
    public static LineSettings of8N1(String device, int baud) {
        return new LineSettings(device, baud, 8, Parity.NONE, 1);
    }

    /** Bits on the wire per character: start, data, parity, stop. */
    public int bitsPerChar() {
        return 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stopBits;
    }

    /** Time of one character on the wire, nanoseconds. */
    public long charNanos() {
        return 1_000_000_000L * bitsPerChar() / baud;
    }

    /** Short form like {@code 19200 8N1}. */
    public String describe() {
        return baud + " " + dataBits + parity.name().charAt(0) + stopBits;
    }
}
