package io.simbase.server.rig;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.world.World;
import io.simbase.opcua.OpcUaPki;
import io.simbase.opcua.OpcUaPlant;
import io.simbase.opcua.OpcUaSetupException;
import io.simbase.opcua.PlantServer;
import io.simbase.opcua.PlantServerOptions;
import io.simbase.server.cli.UserException;
import java.io.PrintWriter;

/**
 * {@code rig serve --opcua PORT}: one scene in real time on a {@link RealTimeRunner}, served as an
 * OPC UA server. OPC UA writes go into the runner's input queue, the same way in as Modbus
 * writes; the runner's step ends wake the server's change pump.
 */
final class OpcUaRigServe {
    private OpcUaRigServe() {
    }

    static void run(PrintWriter out, Scene scene, Long seed, String bind, int port, OpcUaOptions options,
                    double seconds) {
        if (port < 1 || port > 65535) {
            throw new UserException("--opcua: port " + port + " is out of 1..65535");
        }
        if (!(options.sessionTimeoutSeconds >= 1 && options.sessionTimeoutSeconds <= 3600)) {
            throw new UserException("--opcua-session-timeout: " + options.sessionTimeoutSeconds + " s is out of 1..3600");
        }
        World world = seed == null ? scene.newWorld() : scene.newWorld(seed);
        boolean interrupted = false;
        PlantServerOptions serverOptions = new PlantServerOptions(bind, port, options.data, !options.secureOnly,
                options.trustAll, Math.round(options.sessionTimeoutSeconds * 1000));
        try (RealTimeRunner runner = new RealTimeRunner(world, RigServeCommand.INPUT_QUEUE)) {
            PlantServer server;
            try {
                server = PlantServer.start(plant(runner, world), world.stepNanos() / 1e6, scene.id(), serverOptions,
                        line -> println(out, line));
            } catch (OpcUaSetupException e) {
                throw new UserException(e.getMessage());
            }
            try (server) {
                world.setEventSink(server.events());
                runner.onStep(server::stepEnded).start();
                printStart(out, scene, server, serverOptions);
                Thread hook = new Thread(() -> report(out, runner, server), "rig serve report");
                Runtime.getRuntime().addShutdownHook(hook);
                interrupted = waitUntilDone(seconds);
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    return; // the hook reports
                }
                report(out, runner, server);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void report(PrintWriter out, RealTimeRunner runner, PlantServer server) {
        println(out, "stopped: steps=" + runner.steps() + " skipped_deadlines=" + runner.skippedDeadlines()
                + " refused_inputs=" + runner.refusedInputs() + " " + server.summary());
    }

    private static OpcUaPlant plant(RealTimeRunner runner, World world) {
        return new OpcUaPlant() {
            @Override
            public IoLayout layout() {
                return runner.layout();
            }

            @Override
            public boolean isWritable(int tagIndex) {
                return world.isWritable(tagIndex); // layout and panel flags only: immutable
            }

            @Override
            public long readTags(double[] dest) {
                return runner.readTags(dest);
            }

            @Override
            public boolean submit(int tagIndex, double value) {
                return runner.submit(tagIndex, value);
            }
        };
    }

    private static void printStart(PrintWriter out, Scene scene, PlantServer server, PlantServerOptions o) {
        StringBuilder b = new StringBuilder();
        b.append("serving ").append(scene.id()).append(" as OPC UA at ").append(String.join(" ", server.endpointUrls()))
                .append('\n');
        b.append("  security: ").append(o.allowNone()
                ? "None (unsecured: on by default for this bench tool; --opcua-secure-only turns it off), "
                : "").append("Basic256Sha256 Sign and SignAndEncrypt\n");
        b.append("  session timeout: at most ").append(o.maxSessionTimeoutMillis() / 1000.0)
                .append(" s; a client that wrote outputs and falls silent that long puts the actuators to zero\n");
        b.append("  certificate: ").append(OpcUaPki.folder(o.dataDir()).resolve("server-keystore.pfx"))
                .append(" (").append(server.applicationUri()).append(")\n");
        if (o.trustAll()) {
            b.append("warning: --opcua-trust-all accepts every client certificate; use it on a closed lab network only\n");
        } else {
            b.append("  trusted clients: ").append(OpcUaPki.trustedCertificates(o.dataDir()))
                    .append(" (add one with: simbase opcua trust FILE)\n");
        }
        for (TagDef t : scene.layout().tags()) {
            b.append("  Plant/").append(t.name()).append(' ').append(t.type().key()).append(' ')
                    .append(t.direction().key()).append(t.unit().isEmpty() ? "" : " " + t.unit()).append('\n');
        }
        out.print(b);
        out.flush();
    }

    /**
     * Waits until the time is up or the thread is interrupted; returns whether it was, with the
     * interrupt cleared so that closing the server and the runner can wait for their threads.
     */
    private static boolean waitUntilDone(double seconds) {
        long end = seconds > 0 ? System.nanoTime() + (long) (seconds * 1e9) : Long.MAX_VALUE;
        while (end - System.nanoTime() > 0) {
            if (Thread.interrupted()) {
                return true;
            }
            try {
                Thread.sleep(Math.max(1, Math.min((end - System.nanoTime()) / 1_000_000, 100)));
            } catch (InterruptedException e) {
                return true;
            }
        }
        return false;
    }

    private static void println(PrintWriter out, String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
