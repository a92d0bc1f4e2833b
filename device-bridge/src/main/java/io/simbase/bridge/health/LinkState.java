package io.simbase.bridge.health;

/** Health of one rig link as shown to technicians and instructors. */
public enum LinkState {
    /** Port open, traffic flowing, recent transactions good. */
    ONLINE,
    /** Port open but recent transactions failed (timeouts, CRC errors) or the peer went quiet. */
    DEGRADED,
    /** Port missing or closed; the bridge keeps trying to reopen it. */
    OFFLINE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
