package io.simbase.server.cli;

import io.simbase.opcua.OpcUaSetupException;
import io.simbase.opcua.PlantServerOptions;
import io.simbase.server.SimBaseServer;
import io.simbase.server.opcua.OpcUaSessions;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The {@code --opcua-*} options of {@code serve}: checks them, starts {@link OpcUaSessions}, says what it serves. */
final class ServeOpcUa {
    /** Longest OPC UA session timeout a client may ask for, as in {@code rig serve}. */
    private static final long SESSION_TIMEOUT_MILLIS = 10_000;

    private ServeOpcUa() {
    }

    /** Starts; on failure closes {@code server} and throws a one-line {@link UserException}. */
    static OpcUaSessions start(SimBaseServer server, String host, int port, Path data, boolean allowNone,
                               boolean trustAll, PrintWriter out) {
        try {
            if (port < 1 || port > 65535) {
                throw new UserException("--opcua-port: " + port + " is out of 1..65535");
            }
            OpcUaSessions opcua = OpcUaSessions.start(server,
                    new PlantServerOptions(host, port, data, allowNone, trustAll, SESSION_TIMEOUT_MILLIS),
                    line -> {
                        synchronized (out) {
                            out.println(line);
                            out.flush();
                        }
                    });
            out.println("opcua: sessions at " + opcua.endpointUrl() + " (Basic256Sha256 Sign, SignAndEncrypt"
                    + (allowNone ? ", None" : "; None off, --opcua-allow-none to offer it") + "; UserName sign-in)");
            if (trustAll) {
                out.println("warning: --opcua-trust-all accepts every client certificate; use it on a closed lab network only");
            }
            return opcua;
        } catch (OpcUaSetupException e) {
            server.close();
            throw new UserException("--opcua-port: " + e.getMessage());
        } catch (UserException e) {
            server.close();
            throw e;
        }
    }
}
