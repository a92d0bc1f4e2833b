package io.simbase.engine.state;

/** Reads a byte array written by {@link SnapshotWriter}. */
public final class SnapshotReader implements StateSource {
    private final byte[] buf;
    private int pos;

    public SnapshotReader(byte[] buf) {
        this.buf = buf;
    }

    @Override
    public long getLong() {
        if (pos + 8 > buf.length) {
            throw new IllegalStateException("snapshot truncated at byte " + pos);
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buf[pos++] & 0xFF);
        }
        return v;
    }

    @Override
    public double getDouble() {
        return Double.longBitsToDouble(getLong());
    }

    /** True when every byte was read. */
    public boolean atEnd() {
        return pos == buf.length;
    }
}
