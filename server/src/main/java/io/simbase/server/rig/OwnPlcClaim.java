package io.simbase.server.rig;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Who may write to a session's own-PLC endpoint. Opening the endpoint (and asking again while
 * unclaimed) opens a pairing window; the first connection admitted within it claims the
 * endpoint for its IP address. From then on only connections from that address may write;
 * others may read (an HMI). Releasing drops the claim and opens a new window. Addresses outside
 * the server's {@link OwnPlcPolicy} never connect.
 *
 * <p>Thread-safe: claims and releases are synchronized; the per-connection write check is one
 * volatile read and an address comparison, allocation-free.
 */
public final class OwnPlcClaim implements PeerGate {
    /** How long a student has to connect their PLC after pressing "Connect my PLC". */
    public static final long PAIRING_NANOS = TimeUnit.MINUTES.toNanos(2);

    private final OwnPlcPolicy policy;
    private final LongSupplier nanoClock;
    private final Consumer<InetAddress> onClaim;
    private volatile InetAddress claimant;
    private long windowEndsNanos;
    private boolean windowOpen;

    /**
     * @param onClaim hears each new claim (on the accept thread), e.g. to arm the watchdog
     */
    public OwnPlcClaim(OwnPlcPolicy policy, LongSupplier nanoClock, Consumer<InetAddress> onClaim) {
        this.policy = policy;
        this.nanoClock = nanoClock;
        this.onClaim = onClaim;
    }

    /** Opens (or restarts) the pairing window, unless the endpoint is claimed. */
    public synchronized void openWindow() {
        if (claimant == null) {
            windowOpen = true;
            windowEndsNanos = nanoClock.getAsLong() + PAIRING_NANOS;
        }
    }

    /** Drops the claim and opens a new pairing window; returns the address that held it, or null. */
    public synchronized InetAddress release() {
        InetAddress was = claimant;
        claimant = null;
        windowOpen = false;
        openWindow();
        return was;
    }

    /** The address that may write, or null while unclaimed. */
    public InetAddress claimant() {
        return claimant;
    }

    /** Time left to claim, ns; 0 once claimed or expired. */
    public synchronized long pairingNanosLeft() {
        if (claimant != null || !windowOpen) {
            return 0;
        }
        return Math.max(0, windowEndsNanos - nanoClock.getAsLong());
    }

    @Override
    public boolean admit(InetSocketAddress remote) {
        if (!policy.admits(remote)) {
            return false;
        }
        InetAddress claimed = null;
        synchronized (this) {
            if (claimant == null && windowOpen && nanoClock.getAsLong() - windowEndsNanos < 0) {
                claimant = remote.getAddress();
                windowOpen = false;
                claimed = claimant;
            }
        }
        if (claimed != null) {
            onClaim.accept(claimed);
        }
        return true;
    }

    @Override
    public BooleanSupplier writer(InetSocketAddress remote) {
        InetAddress from = remote.getAddress();
        return () -> from.equals(claimant);
    }
}
