package io.simbase.server.rig;


import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/**
 * A {@code rig} subcommand running on a background thread with its output captured and its
 * standard input (the panel of {@code rig serve}) fed by {@link #type}, never the test JVM's own.
 */
final class RigRun {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger exit = new AtomicInteger(Integer.MIN_VALUE);
    private final Thread thread;
    private final PipedOutputStream stdin = new PipedOutputStream();

    private RigRun(String... args) throws IOException {
        PipedInputStream panel = new PipedInputStream(stdin, 4096);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K made = CommandLine.defaultFactory().create(cls);
                if (made instanceof RigServeCommand serve) {
                    serve.panelInput = panel;
                }
                return made;
            }
        };
        CommandLine cl = new CommandLine(new RigCommand(), factory);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        thread = new Thread(() -> exit.set(cl.execute(args)), "rig " + String.join(" ", args));
        thread.setDaemon(true);
    }

    static RigRun start(String... args) {
        try {
            RigRun r = new RigRun(args);
            r.thread.start();
            return r;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Types one line on the command's standard input. */
    void type(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    String output() {
        synchronized (out.getBuffer()) {
            return out.toString();
        }
    }

    String errors() {
        synchronized (err.getBuffer()) {
            return err.toString();
        }
    }

    /** Waits for a text in the output; fails with everything printed so far. */
    void awaitOutput(String text) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!output().contains(text)) {
            if (!thread.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' in output:\n" + output() + "\nerrors:\n" + errors());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Interrupts the command and waits for it to end; returns its exit code. */
    int stop() throws InterruptedException {
        thread.interrupt();
        thread.join(10_000);
        if (thread.isAlive()) {
            throw new AssertionError("rig command did not stop within 10 s");
        }
        return exit.get();
    }
}
