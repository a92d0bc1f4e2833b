package io.simbase.server.record;

import io.simbase.engine.state.StateHasher;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends one session's records. The append methods are called by the session's sim thread
 * and only copy text into memory under a short lock (no allocation once the buffers have grown);
 * {@link #flush()} swaps the buffer and writes it outside that lock, so a step never waits for
 * the disk. Flushing is thread-safe: the housekeeping flusher and an on-demand flush (a replay
 * opened while the session is live) are serialized on a lock of their own, which the sim thread
 * never takes; when {@code flush()} returns, every record appended before it was called is in the file.
 */
public final class RecordingWriter implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    /** Held by one flusher at a time, over swap, write and clear; never by the sim thread. */
    private final Object flushLock = new Object();
    private StringBuilder pending = new StringBuilder(1024);
    private StringBuilder spare = new StringBuilder(1024);
    private boolean closed;

    private RecordingWriter(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Creates the file (it must not exist) and writes the header. */
    public static RecordingWriter create(Path file, String scene, long seed) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        RecordingWriter w = new RecordingWriter(file, ch);
        synchronized (w) {
            w.pending.append(Recording.MAGIC).append('\n')
                    .append("scene ").append(scene).append('\n')
                    .append("seed ").append(seed).append('\n');
        }
        w.flush();
        return w;
    }

    public Path file() {
        return file;
    }

    public synchronized void input(long step, int tag, double value) {
        pending.append("in ").append(step).append(' ').append(tag).append(' ').append(value).append('\n');
    }

    public synchronized void force(long step, int tag, double value) {
        pending.append("force ").append(step).append(' ').append(tag).append(' ').append(value).append('\n');
    }

    public synchronized void unforce(long step, int tag) {
        pending.append("unforce ").append(step).append(' ').append(tag).append('\n');
    }

    public synchronized void fault(long step, String target, String kind, double param) {
        pending.append("fault ").append(step).append(' ').append(target).append(' ').append(kind)
                .append(' ').append(param).append('\n');
    }

    public synchronized void clearFault(long step, String target, String kind) {
        pending.append("clear ").append(step).append(' ').append(target).append(' ').append(kind).append('\n');
    }

    /** A part type queued for an emitter (a scenario's parts by type). */
    public synchronized void part(long step, String emitter, String partType) {
        pending.append("part ").append(step).append(' ').append(emitter).append(' ').append(partType).append('\n');
    }

    public synchronized void reset(long step) {
        pending.append("reset ").append(step).append('\n');
    }

    /** A reset that rebuilds the world with {@code seed} (a graded run's scenario), not the recording's. */
    public synchronized void reset(long step, long seed) {
        pending.append("reset ").append(step).append(' ').append(seed).append('\n');
    }

    public synchronized void hash(long step, long hash) {
        pending.append("hash ").append(step).append(' ').append(StateHasher.hex(hash)).append('\n');
    }

    public synchronized void end(long step, long hash) {
        pending.append("end ").append(step).append(' ').append(StateHasher.hex(hash)).append('\n');
    }

    /** A soft-PLC download: the program's file name and text, each as one Base64 field. */
    public synchronized void plcLoad(long step, String fileName, String source) {
        pending.append("plc-load ").append(step).append(' ').append(Recording.base64(fileName)).append(' ')
                .append(Recording.base64(source)).append('\n');
    }

    public synchronized void plcRun(long step) {
        pending.append("plc-run ").append(step).append('\n');
    }

    public synchronized void plcStop(long step) {
        pending.append("plc-stop ").append(step).append('\n');
    }

    /**
     * Who the session is for, as the first note: its class code, its owner and when it started
     * (wall clock, for the recordings list; the replay does not read it).
     */
    public synchronized void owner(String classCode, String owner, long startedMillis) {
        pending.append("# 0 ").append(Recording.OWNER_NOTE).append(startedMillis).append(' ')
                .append(URLEncoder.encode(classCode == null ? "" : classCode, StandardCharsets.UTF_8)).append(' ')
                .append(URLEncoder.encode(owner == null ? "" : owner, StandardCharsets.UTF_8)).append('\n');
    }

    /** A comment line (pause, resume, time scale, who did what). */
    public synchronized void note(long step, String text) {
        pending.append("# ").append(step).append(' ').append(text).append('\n');
    }

    /**
     * Writes what was appended so far to the file. Any thread; callers wait for one another (not
     * for the sim thread, which only waits for the buffer swap). Without the flush lock, a second
     * flusher could take the spare buffer while the first still writes it and lose records.
     */
    public void flush() throws IOException {
        synchronized (flushLock) {
            StringBuilder out;
            synchronized (this) {
                if (pending.length() == 0 || closed) {
                    return;
                }
                out = pending;
                pending = spare;
                spare = out;
            }
            ByteBuffer b = StandardCharsets.UTF_8.encode(out.toString());
            while (b.hasRemaining()) {
                channel.write(b);
            }
            out.setLength(0);
        }
    }

    /** Flushes, syncs to disk and closes. */
    @Override
    public void close() throws IOException {
        flush();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        synchronized (flushLock) {
            channel.force(true);
            channel.close();
        }
    }
}
