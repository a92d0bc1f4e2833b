package io.simbase.bridge.rig;

import io.simbase.bridge.serial.LineSettings;
import java.util.List;

/**
 * A parsed, validated rig file: one physical rig's link (serial line or TCP endpoint), its
 * role, Modbus unit, timing, watchdog and register map. Immutable.
 *
 * @param source              file name, for messages
 * @param name                rig name shown to technicians
 * @param role                slave: a PLC polls the plant; master: the bridge polls devices
 * @param scene               the scene this rig is wired for, or null
 * @param serial              serial line settings, or null for TCP
 * @param tcpHost             TCP host (master) or bind address (slave), or null for serial
 * @param tcpPort             TCP port, or 0 for serial
 * @param unit                Modbus unit id 1..247
 * @param pollMillis          master: poll period
 * @param responseTimeoutMillis master: wait for a reply's first byte
 * @param byteTimeoutMillis   silence that ends a frame
 * @param retries             master: attempts after the first one fails
 * @param watchdogMillis      silence after which the rig's actuators go to the safe state; 0 = off;
 *                            {@link #WATCHDOG_UNSET} when the file does not say (the runner decides)
 * @param safeState           what the actuators do on comm loss
 * @param map                 explicit map entries; empty means the scene's default map
 */
public record RigFile(String source, String name, Role role, String scene, LineSettings serial,
                      String tcpHost, int tcpPort, int unit, long pollMillis, long responseTimeoutMillis,
                      long byteTimeoutMillis, int retries, long watchdogMillis, SafeState safeState,
                      List<MapEntry> map) {

    /** Where a TCP slave rig listens unless its file says {@code host:}: every interface, so a lab PLC can connect. */
    public static final String ALL_INTERFACES = "0.0.0.0";

    /** {@link #watchdogMillis()} of a file without {@code watchdog_ms}: off in the server, a default in {@code rig serve}. */
    public static final long WATCHDOG_UNSET = -1;

    /** Which side of the Modbus conversation the bridge takes. */
    public enum Role { SLAVE, MASTER }

    /** Actuator values on comm loss. */
    public enum SafeState { HOLD, ZERO }

    public boolean isSerial() {
        return serial != null;
    }

    /** Where the rig is connected, for messages: a device or host:port. */
    public String endpoint() {
        return serial != null ? serial.device() : tcpHost + ":" + tcpPort;
    }
}
