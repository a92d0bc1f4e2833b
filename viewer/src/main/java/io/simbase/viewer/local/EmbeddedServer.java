package io.simbase.viewer.local;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A SimBase server in the viewer's own process, for {@code view --local}: loopback only, a
 * free port, a throw-away data folder and a one-time staff account the viewer signs in with.
 *
 * <p>The viewer module does not depend on the server at compile time (DESIGN.md: the viewer
 * depends on protocol and assets only, and the workstation jar stays small); the launcher puts
 * the server's class path beside the viewer's and this class starts it through its public
 * API by reflection ({@code ServerConfig.builder()...build()}, {@code SimBaseServer.start},
 * {@code users().add}). See docs/decisions/0040-viewer.md. Thread-safe to close once.
 */
public final class EmbeddedServer implements AutoCloseable {
    /** The staff account the viewer signs in with. */
    public static final String USER = "local-viewer";

    private final Object server;
    private final int port;
    private final String password;
    private final Path dataDir;

    private EmbeddedServer(Object server, int port, String password, Path dataDir) {
        this.server = server;
        this.port = port;
        this.password = password;
        this.dataDir = dataDir;
    }

    /**
     * Starts the server.
     *
     * @throws IllegalStateException with a one-line reason when the server classes are not on
     *                               the class path (the stand-alone jar) or it cannot start
     */
    public static EmbeddedServer start() {
        Class<?> serverClass;
        try {
            serverClass = Class.forName("io.simbase.server.SimBaseServer");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("--local needs the SimBase server on the class path: "
                    + "run it as ./simbase view --local SCENE from a SimBase checkout");
        }
        Path data = null;
        try {
            data = Files.createTempDirectory("simbase-view-local");
            Class<?> configClass = Class.forName("io.simbase.server.ServerConfig");
            Object builder = configClass.getMethod("builder").invoke(null);
            Class<?> bc = builder.getClass();
            bc.getMethod("host", String.class).invoke(builder, "127.0.0.1");
            bc.getMethod("port", int.class).invoke(builder, 0);
            bc.getMethod("dataDir", Path.class).invoke(builder, data);
            Object config = bc.getMethod("build").invoke(builder);
            Object server = serverClass.getMethod("start", configClass).invoke(null, config);
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            Object users = serverClass.getMethod("users").invoke(server);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object role = Enum.valueOf((Class<Enum>) Class.forName("io.simbase.server.auth.Role"), "INSTRUCTOR");
            Method add = users.getClass().getMethod("add", String.class, role.getClass(), String.class);
            add.invoke(users, USER, role, password);
            int port = (int) serverClass.getMethod("port").invoke(server);
            return new EmbeddedServer(server, port, password, data);
        } catch (InvocationTargetException e) {
            deleteQuietly(data);
            Throwable c = e.getCause();
            throw new IllegalStateException("the embedded server did not start: " + c.getMessage(), c);
        } catch (ReflectiveOperationException | java.io.IOException e) {
            deleteQuietly(data);
            throw new IllegalStateException("the embedded server did not start: " + e, e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * Offers the scene of {@code file} on this server ({@code SessionRegistry.addSceneFile}).
     *
     * @return the scene's id, to create a session of
     * @throws IllegalArgumentException with the loader's one-line message (file and line) when
     *                                  the file is not a valid scene
     */
    public String addSceneFile(Path file) {
        try {
            Object sessions = server.getClass().getMethod("sessions").invoke(server);
            return (String) sessions.getClass().getMethod("addSceneFile", Path.class).invoke(sessions, file);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the embedded server cannot load scene files: " + e, e);
        }
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        try {
            server.getClass().getMethod("close").invoke(server);
        } catch (ReflectiveOperationException e) {
            // closing on exit: nothing more to do
        }
        deleteQuietly(dataDir);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp folder left behind
        }
    }
}
