package io.simbase.bridge.modbus;

import java.io.IOException;

/** No (complete, valid) reply within the response and inter-byte timeouts, after all retries. */
public final class ModbusTimeoutException extends IOException {
    public ModbusTimeoutException(String message) {
        super(message);
    }
}
