package io.simbase.bridge.rtu;

import io.simbase.bridge.serial.SerialLink;
import java.io.IOException;

/** Opens the link again after it vanished (tests and the server pass jssc's opener). */
@FunctionalInterface
public interface PortOpener {
    SerialLink open() throws IOException;
}
