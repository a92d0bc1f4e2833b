package io.simbase.server.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The pairing window and the claim, on a clock the test turns. */
class OwnPlcClaimTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final List<InetAddress> claims = new ArrayList<>();
    private final OwnPlcClaim claim = new OwnPlcClaim(OwnPlcPolicy.defaults(), now::get, claims::add);

    private static InetSocketAddress peer(String ip, int port) {
        return new InetSocketAddress(ip, port);
    }

    @Test
    void nothingIsClaimedBeforeTheWindowOpensOrAfterItExpires() {
        assertTrue(claim.admit(peer("10.0.0.5", 40000)), "admitted, read only");
        assertNull(claim.claimant());
        claim.openWindow();
        now.addAndGet(OwnPlcClaim.PAIRING_NANOS + 1);
        assertEquals(0, claim.pairingNanosLeft());
        assertTrue(claim.admit(peer("10.0.0.5", 40001)));
        assertNull(claim.claimant(), "too late to claim");
        claim.openWindow(); // the student presses Connect again
        assertEquals(OwnPlcClaim.PAIRING_NANOS, claim.pairingNanosLeft());
        assertTrue(claim.admit(peer("10.0.0.5", 40002)));
        assertEquals("10.0.0.5", claim.claimant().getHostAddress());
        assertEquals(1, claims.size(), "heard once");
    }

    @Test
    void theClaimantsAddressWritesFromAnyPortOthersReadUntilReleased() {
        claim.openWindow();
        now.addAndGet(TimeUnit.SECONDS.toNanos(119));
        assertTrue(claim.admit(peer("10.0.0.5", 40000)));
        BooleanSupplier plc = claim.writer(peer("10.0.0.5", 40000));
        BooleanSupplier reconnected = claim.writer(peer("10.0.0.5", 40123));
        BooleanSupplier hmi = claim.writer(peer("10.0.0.6", 40000));
        assertTrue(claim.admit(peer("10.0.0.6", 40000)), "an HMI connects");
        assertEquals("10.0.0.5", claim.claimant().getHostAddress(), "the second connection claims nothing");
        assertTrue(plc.getAsBoolean());
        assertTrue(reconnected.getAsBoolean());
        assertFalse(hmi.getAsBoolean());
        claim.openWindow(); // asking again while claimed changes nothing
        assertEquals(0, claim.pairingNanosLeft());

        assertEquals("10.0.0.5", claim.release().getHostAddress());
        assertFalse(plc.getAsBoolean(), "released: nobody writes");
        assertEquals(OwnPlcClaim.PAIRING_NANOS, claim.pairingNanosLeft());
        assertTrue(claim.admit(peer("10.0.0.6", 40001)));
        assertTrue(hmi.getAsBoolean(), "the next connection's address claims");
        assertEquals(2, claims.size());
    }

    @Test
    void addressesOutsideThePolicyNeitherConnectNorClaim() {
        OwnPlcClaim lab = new OwnPlcClaim(OwnPlcPolicy.parse("5100-5101", List.of("192.168.10.0/24")), now::get, claims::add);
        lab.openWindow();
        assertFalse(lab.admit(peer("192.168.11.3", 1)));
        assertNull(lab.claimant());
        assertTrue(lab.admit(peer("192.168.10.3", 1)));
        assertEquals("192.168.10.3", lab.claimant().getHostAddress());
    }
}
