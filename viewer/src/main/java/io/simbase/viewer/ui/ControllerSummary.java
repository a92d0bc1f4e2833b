package io.simbase.viewer.ui;

/**
 * Who drives the session's actuators, as the server's session list says (polled every 2 s):
 * the soft PLC in RUN, the student's own PLC (claimed from an address), a rig, an OPC UA client.
 * The server lets only one of them write at a time. Immutable.
 *
 * @param softPlcRunning true while the soft PLC is in RUN
 * @param ownPlcAddress  the address that claimed the session's own-PLC port, or ""
 * @param rig            a bound rig as "name state", or "" (the own PLC's port is one too)
 * @param opcuaClient    the address of an OPC UA client writing the actuators, or ""
 */
public record ControllerSummary(boolean softPlcRunning, String ownPlcAddress, String rig, String opcuaClient) {
    /** Nothing known. */
    public static final ControllerSummary NONE = new ControllerSummary(false, "", "", "");
}
