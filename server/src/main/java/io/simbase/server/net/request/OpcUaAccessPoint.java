package io.simbase.server.net.request;

/**
 * Whether this server serves OPC UA, and on which port: set once the OPC UA server has started
 * ({@code serve --opcua-port}), read by {@code get_opcua_access}. Thread-safe (one volatile value).
 */
public final class OpcUaAccessPoint {
    /** Port and whether the None security policy is offered; port 0: off. */
    public record State(int port, boolean noneAllowed) {
    }

    private static final State OFF = new State(0, false);
    private volatile State state = OFF;

    /** Called when the OPC UA server listens. */
    public void opened(int port, boolean noneAllowed) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("OPC UA port must be 1-65535, got " + port);
        }
        state = new State(port, noneAllowed);
    }

    /** Called when the OPC UA server stops. */
    public void closed() {
        state = OFF;
    }

    public State state() {
        return state;
    }

    /** The endpoint URL a client that reached this server at {@code host} uses. */
    public static String endpoint(String host, int port) {
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return "opc.tcp://" + h + ":" + port + "/simbase";
    }
}
