package io.simbase.server.session;

import java.nio.charset.StandardCharsets;

/**
 * Encodes a {@code ServerMessage{plc_status: PlcStatus}} straight into a reusable byte array,
 * in protobuf wire format (the bytes the generated classes would write for the same values, so
 * {@code ServerMessage.parseFrom} and the dashboard's decoder read it unchanged). Fields at their
 * proto3 default are omitted, as the generated code does.
 *
 * <pre>
 * ServerMessage  [D2 02][len]  field 42 = PlcStatus
 *   PlcStatus    [0A len session_id][10 state][18 fault_line][22 len fault_message]
 *                [28 scans][30 scan_operations][39 scan_micros double]
 *                [42 len watch_values doubles][4A len watch_index varints][50 01 watch_delta]
 *                [D2 05 len fault_code][DA 05 len fault_args]...
 * </pre>
 *
 * <p>Threading: one session's sim thread. Allocation: none per status; the array grows (once)
 * when a program with a larger watch is loaded, and a fault's texts are encoded when it is set.
 */
final class PlcStatusEncoder {
    private static final byte[] NO_BYTES = new byte[0];
    private static final byte[][] NO_ARGS = new byte[0][];

    private final byte[] sessionId;
    private byte[] out = new byte[64];
    private int pos;
    private int[] index = new int[0];
    private byte[] faultMessage = NO_BYTES;
    private byte[] faultCode = NO_BYTES;
    private byte[][] faultArgs = NO_ARGS;

    PlcStatusEncoder(String sessionId) {
        this.sessionId = sessionId.getBytes(StandardCharsets.UTF_8);
    }

    /** The encoded bytes are {@code buffer()[0..length)} after {@link #encode}. */
    byte[] buffer() {
        return out;
    }

    /** The fault the next statuses carry (all null or empty: none); allocates, so only when it changes. */
    void fault(String message, String code, String[] args) {
        faultMessage = utf8(message);
        faultCode = utf8(code);
        faultArgs = new byte[args == null ? 0 : args.length][];
        for (int i = 0; i < faultArgs.length; i++) {
            faultArgs[i] = utf8(args[i]);
        }
    }

    /**
     * Encodes one status; returns its length. With {@code delta}, the watch entries are the
     * {@code count} values at the positions listed in {@code positions} (watch_index); without,
     * {@code values[0..count)} in order.
     *
     * @param state the {@code PlcStatus.State} number
     */
    int encode(int state, int faultLine, long scans, int scanOperations, double scanMicros,
               double[] values, int[] positions, int count, boolean delta) {
        int valuesBytes = count * 8;
        int indexBytes = 0;
        if (delta) {
            for (int k = 0; k < count; k++) {
                indexBytes += DeltaEncoder.varintSize(positions[k]);
            }
        }
        long micros = Double.doubleToRawLongBits(scanMicros);
        int argsBytes = 0;
        for (byte[] a : faultArgs) {
            argsBytes += 2 + DeltaEncoder.varintSize(a.length) + a.length;
        }
        int body = bytesField(1, sessionId) + varintField(1, state) + varintField(1, faultLine)
                + bytesField(1, faultMessage) + varintField(1, scans) + varintField(1, scanOperations)
                + (micros != 0 ? 9 : 0) + packedSize(valuesBytes) + packedSize(indexBytes) + (delta ? 2 : 0)
                + bytesField(2, faultCode) + argsBytes;
        ensure(3 + DeltaEncoder.varintSize(body) + body);

        pos = 0;
        out[pos++] = (byte) 0xD2;
        out[pos++] = 0x02;
        writeVarint(body);
        writeBytes(0x0A, sessionId);
        writeVarint(0x10, state);
        writeVarint(0x18, faultLine);
        writeBytes(0x22, faultMessage);
        writeVarint(0x28, scans);
        writeVarint(0x30, scanOperations);
        if (micros != 0) {
            out[pos++] = 0x39;
            writeFixed64(micros);
        }
        if (count > 0) {
            out[pos++] = 0x42;
            writeVarint(valuesBytes);
            for (int k = 0; k < count; k++) {
                writeFixed64(Double.doubleToRawLongBits(values[delta ? positions[k] : k]));
            }
            if (delta) {
                out[pos++] = 0x4A;
                writeVarint(indexBytes);
                for (int k = 0; k < count; k++) {
                    writeVarint(positions[k]);
                }
            }
        }
        if (delta) {
            out[pos++] = 0x50;
            out[pos++] = 0x01;
        }
        if (faultCode.length > 0) {
            out[pos++] = (byte) 0xD2; // field 90
            out[pos++] = 0x05;
            writeVarint(faultCode.length);
            writeRaw(faultCode);
        }
        for (byte[] a : faultArgs) {
            out[pos++] = (byte) 0xDA; // field 91, repeated
            out[pos++] = 0x05;
            writeVarint(a.length);
            writeRaw(a);
        }
        return pos;
    }

    /** A reusable array for up to {@code n} watch positions (the caller fills it before {@link #encode}). */
    int[] positions(int n) {
        if (index.length < n) {
            index = new int[n];
        }
        return index;
    }

    private void ensure(int size) {
        if (out.length < size) {
            out = new byte[Math.max(size, out.length * 2)];
        }
    }

    private static byte[] utf8(String s) {
        return s == null || s.isEmpty() ? NO_BYTES : s.getBytes(StandardCharsets.UTF_8);
    }

    /** A length-delimited field of {@code tagBytes} tag bytes; 0 when empty (omitted). */
    private static int bytesField(int tagBytes, byte[] b) {
        return b.length == 0 ? 0 : tagBytes + DeltaEncoder.varintSize(b.length) + b.length;
    }

    /** A varint field of {@code tagBytes} tag bytes; 0 when the value is 0 (omitted). */
    private static int varintField(int tagBytes, long v) {
        return v == 0 ? 0 : tagBytes + DeltaEncoder.varintSize(v);
    }

    private static int packedSize(int payload) {
        return payload == 0 ? 0 : 1 + DeltaEncoder.varintSize(payload) + payload;
    }

    private void writeBytes(int tag, byte[] b) {
        if (b.length > 0) {
            out[pos++] = (byte) tag;
            writeVarint(b.length);
            writeRaw(b);
        }
    }

    private void writeVarint(int tag, long v) {
        if (v != 0) {
            out[pos++] = (byte) tag;
            writeVarint(v);
        }
    }

    private void writeRaw(byte[] b) {
        System.arraycopy(b, 0, out, pos, b.length);
        pos += b.length;
    }

    private void writeVarint(long v) {
        while ((v & ~0x7FL) != 0) {
            out[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[pos++] = (byte) v;
    }

    private void writeFixed64(long v) {
        for (int i = 0; i < 8; i++) {
            out[pos++] = (byte) (v >>> (8 * i));
        }
    }
}
