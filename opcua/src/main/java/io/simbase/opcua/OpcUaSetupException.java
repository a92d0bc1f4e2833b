package io.simbase.opcua;

/**
 * The OPC UA server could not be set up (port taken, unreadable certificate, bad data folder);
 * the message is one line for the user, naming the file or port.
 */
public final class OpcUaSetupException extends Exception {
    public OpcUaSetupException(String message) {
        super(message);
    }

    public OpcUaSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
