package io.simbase.engine.state;

import java.util.Arrays;

/** Collects the state stream into a byte array (big-endian longs). */
public final class SnapshotWriter implements StateSink {
    private byte[] buf = new byte[1024];
    private int len;

    @Override
    public void putLong(long v) {
        if (len + 8 > buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        for (int i = 7; i >= 0; i--) {
            buf[len++] = (byte) (v >>> (i * 8));
        }
    }

    @Override
    public void putDouble(double v) {
        putLong(Double.doubleToRawLongBits(v));
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
