package io.simbase.server.web;

import io.simbase.server.ServerConfig;
import io.simbase.server.SimBaseServer;
import io.simbase.server.auth.Role;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The browser tests' server: one sim thread, a class open with {@code code}, one instructor. */
final class Dashboards {
    static final String PASSWORD = "correct-horse";

    private Dashboards() {
    }

    static SimBaseServer server(Path data, String code, String instructor, Consumer<ServerConfig.Builder> tweak)
            throws Exception {
        ServerConfig.Builder b = ServerConfig.builder().host("127.0.0.1").port(0).dataDir(data)
                .simThreads(1).ioThreads(1).passwordIterations(1000).classCode(code);
        tweak.accept(b);
        SimBaseServer server = SimBaseServer.start(b.build());
        server.users().add(instructor, Role.INSTRUCTOR, PASSWORD);
        return server;
    }

    static SimBaseServer server(Path data, String code) throws Exception {
        return server(data, code, "teacher", b -> { });
    }

    /** Closes the browser, then the server; either may be null (a start that failed). */
    static void close(Chromium chromium, SimBaseServer server) throws Exception {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
