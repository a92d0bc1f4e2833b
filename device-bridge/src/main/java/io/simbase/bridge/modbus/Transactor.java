package io.simbase.bridge.modbus;

import java.io.IOException;

/** One master-side Modbus transaction over some transport (RTU or TCP); used by one thread. */
public interface Transactor {
    /**
     * Sends {@code pdu[0, pduLen)} to {@code unit} and copies the reply PDU into {@code reply};
     * returns its length. An exception reply is returned, not thrown (see
     * {@link MasterPdu#isException}).
     *
     * @throws ModbusTimeoutException when no valid reply came after all retries
     * @throws IOException            when the link failed (the caller reconnects)
     */
    int transact(int unit, byte[] pdu, int pduLen, byte[] reply) throws IOException;
}
