package io.simbase.engine.state;

/**
 * A 64-bit hash of the state stream: each value is mixed with the MurmurHash3 finaliser and
 * folded into the running hash. Doubles are hashed by their raw IEEE-754 bits, so any change
 * in any bit of the state changes the hash. Allocates nothing.
 */
public final class StateHasher implements StateSink {
    private long hash;

    public StateHasher() {
        reset();
    }

    public void reset() {
        hash = 0x5BD1E9955BD1E995L;
    }

    public long value() {
        return hash;
    }

    @Override
    public void putLong(long v) {
        long k = v;
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        hash = Long.rotateLeft(hash ^ k, 31) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }

    @Override
    public void putDouble(double v) {
        putLong(Double.doubleToRawLongBits(v));
    }

    /** Lower-case 16-digit hex of a hash value. */
    public static String hex(long hash) {
        String s = Long.toHexString(hash);
        return "0000000000000000".substring(s.length()) + s;
    }
}
