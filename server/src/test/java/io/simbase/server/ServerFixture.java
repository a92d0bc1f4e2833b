package io.simbase.server;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.JoinClass;
import io.simbase.protocol.v1.Login;
import io.simbase.protocol.v1.OpenClass;
import io.simbase.server.auth.Role;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A real server on a free loopback port with an instructor and a technician account. */
final class ServerFixture implements AutoCloseable {
    static final String INSTRUCTOR_PASSWORD = "instructor-pw-1";
    static final String TECHNICIAN_PASSWORD = "technician-pw-1";

    final SimBaseServer server;
    final EventLoopGroup clients = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());

    ServerFixture(Path data) throws Exception {
        this(data, b -> { });
    }

    ServerFixture(Path data, Consumer<ServerConfig.Builder> tweak) throws Exception {
        ServerConfig.Builder b = ServerConfig.builder().host("127.0.0.1").port(0).dataDir(data)
                .simThreads(2).ioThreads(2).passwordIterations(1000);
        tweak.accept(b);
        server = SimBaseServer.start(b.build());
        if (server.users().list().isEmpty()) {
            server.users().add("teacher", Role.INSTRUCTOR, INSTRUCTOR_PASSWORD);
            server.users().add("tech", Role.TECHNICIAN, TECHNICIAN_PASSWORD);
        }
    }

    TestClient connect() throws Exception {
        TestClient c = TestClient.connect(clients, server.port());
        c.await(m -> m.hasWelcome(), "welcome");
        return c;
    }

    TestClient instructor() throws Exception {
        TestClient c = connect();
        c.ok(ClientMessage.newBuilder().setLogin(Login.newBuilder().setUsername("teacher").setPassword(INSTRUCTOR_PASSWORD)));
        return c;
    }

    TestClient technician() throws Exception {
        TestClient c = connect();
        c.ok(ClientMessage.newBuilder().setLogin(Login.newBuilder().setUsername("tech").setPassword(TECHNICIAN_PASSWORD)));
        return c;
    }

    static String openClass(TestClient instructor) throws InterruptedException {
        return instructor.ok(ClientMessage.newBuilder().setOpenClass(OpenClass.newBuilder().setName("PLC 1")))
                .getClassOpened().getCode();
    }

    TestClient student(String code, String name) throws Exception {
        return student(code, name, 0);
    }

    TestClient student(String code, String name, int receiveBufferBytes) throws Exception {
        TestClient c = TestClient.connect(clients, server.port(), receiveBufferBytes);
        c.await(m -> m.hasWelcome(), "welcome");
        c.ok(ClientMessage.newBuilder().setJoinClass(JoinClass.newBuilder().setCode(code).setDisplayName(name)));
        return c;
    }

    @Override
    public void close() throws Exception {
        server.close();
        clients.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
    }
}
