package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.simbase.server.ServerConfig;
import io.simbase.server.SimBaseServer;
import io.simbase.server.auth.Role;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The browser tests' server (one sim thread, a class open with {@code code}, one instructor) and
 * the steps every journey starts with: the page's WebSocket up, staff signed in, a guest joined.
 */
final class Dashboards {
    static final String PASSWORD = "correct-horse";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Opens the dashboard on {@code server} in a 1920x1080 viewport (the lab's displays, on which the
     * session view must fit without scrolling) and waits for its WebSocket.
     */
    static Page openFullHd(Chromium chromium, SimBaseServer server) throws Exception {
        Page page = chromium.open(url(server));
        page.call("Emulation.setDeviceMetricsOverride", chromium.json.createObjectNode().put("width", 1920)
                .put("height", 1080).put("deviceScaleFactor", 1).put("mobile", false));
        connected(page);
        return page;
    }

    /** The dashboard's address on {@code server}. */
    static String url(SimBaseServer server) {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    /** {@code s} as a JavaScript string literal. */
    static String js(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Waits for the page's WebSocket to the server, welcomed (in any language). */
    static void connected(BrowserPage page) throws Exception {
        page.waitFor("document.getElementById('conn').classList.contains('ok')", seconds(20), "the WebSocket");
    }

    /** Signs the page in as the instructor {@link #server} made ("teacher"), up to the class view. */
    static void signInAsTeacher(BrowserPage page) throws Exception {
        signIn(page, "teacher", PASSWORD);
    }

    /** Signs the page in with a staff account, up to the class view. */
    static void signIn(BrowserPage page, String user, String password) throws Exception {
        submit(page, "login-btn", "login-user", user, "login-pass", password);
    }

    /** Joins the class {@code code} as a guest named {@code name}, up to the class view. */
    static void join(BrowserPage page, String code, String name) throws Exception {
        submit(page, "join-btn", "join-code", code, "join-name", name);
    }

    /** Once connected, fills the inputs ({@code id, value} pairs), clicks {@code button} and waits for the class view. */
    private static void submit(BrowserPage page, String button, String... idsAndValues) throws Exception {
        connected(page);
        for (int i = 0; i < idsAndValues.length; i += 2) {
            page.eval("document.getElementById(" + js(idsAndValues[i]) + ").value = " + js(idsAndValues[i + 1]));
        }
        page.eval("document.getElementById(" + js(button) + ").click()");
        page.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
    }
}
