package io.simbase.server.os;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.util.Locale;

/**
 * How the operating system schedules the calling thread: the sim threads ask to be woken
 * before other work on the machine, because a step that starts late is the one figure a
 * real-time plant must not miss (docs/decisions/0013).
 *
 * <p>Linux only, through libc's {@code syscall} (JNA). {@link Priority#HIGH} asks, in one
 * {@code sched_setattr}, for nice -5 (needs CAP_SYS_NICE: root or a granted capability; else
 * nice 0) and a 0.1 ms time slice, which the EEVDF scheduler of Linux 6.12 and later takes
 * as a latency request: a waking thread with a short slice preempts a running one sooner.
 * Older kernels accept the call and ignore the slice. {@link Priority#REALTIME} asks for
 * SCHED_FIFO: wake-up latency is lowest, but on a machine with few cores the other threads
 * (network, clients) wait behind the sim threads. Every outcome is read back from the kernel
 * and described, never assumed; no request is fatal.
 */
public final class ThreadScheduling {
    /** What a sim thread asks for. */
    public enum Priority {
        /** The default scheduling, as any thread. */
        NORMAL,
        /** Nice -5 where permitted and a 0.1 ms EEVDF slice. */
        HIGH,
        /** SCHED_FIFO priority {@value #FIFO_PRIORITY} (falls back to HIGH when not permitted). */
        REALTIME;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final int FIFO_PRIORITY = 10;
    static final int HIGH_NICE = -5;
    static final long SHORT_SLICE_NANOS = 100_000;

    private static final int SCHED_OTHER = 0;
    private static final int SCHED_FIFO = 1;
    /** Threads the sim thread starts do not inherit its policy. */
    private static final long SCHED_FLAG_RESET_ON_FORK = 1;
    private static final int ATTR_SIZE = 48; // struct sched_attr, first version
    private static final int EPERM = 1;

    private ThreadScheduling() {
    }

    /** What the kernel reports for the calling thread after a request. */
    public record Outcome(boolean applied, String description) {
    }

    interface LibC extends Library {
        NativeLong syscall(NativeLong number, Object... args);
    }

    private static final class Native0 {
        static final LibC LIBC;
        static final long SETATTR;
        static final long GETATTR;
        static final String UNAVAILABLE;

        static {
            LibC libc = null;
            long set = -1;
            long get = -1;
            String why = null;
            String os = System.getProperty("os.name", "");
            String arch = System.getProperty("os.arch", "");
            if (!os.startsWith("Linux")) {
                why = "not Linux (" + os + ")";
            } else if (arch.equals("amd64") || arch.equals("x86_64")) {
                set = 314;
                get = 315;
            } else if (arch.equals("aarch64")) {
                set = 274;
                get = 275;
            } else {
                why = "unknown system call numbers on " + arch;
            }
            if (why == null) {
                try {
                    libc = Native.load("c", LibC.class);
                } catch (LinkageError | RuntimeException e) {
                    why = "libc not loadable through JNA: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
                }
            }
            LIBC = libc;
            SETATTR = set;
            GETATTR = get;
            UNAVAILABLE = why;
        }
    }

    /** Applies {@code p} to the calling thread; never throws. */
    public static Outcome apply(Priority p) {
        try {
            if (p == Priority.NORMAL) {
                return describe(false);
            }
            if (Native0.UNAVAILABLE != null) {
                return new Outcome(false, "default scheduling: " + Native0.UNAVAILABLE);
            }
            if (p == Priority.REALTIME) {
                int err = setAttr(SCHED_FIFO, SCHED_FLAG_RESET_ON_FORK, 0, FIFO_PRIORITY, 0);
                if (err == 0) {
                    return describe(true);
                }
                Outcome high = apply(Priority.HIGH);
                return new Outcome(false, high.description() + " (SCHED_FIFO refused: "
                        + (err == EPERM ? "needs CAP_SYS_NICE" : "errno " + err) + ")");
            }
            int err = setAttr(SCHED_OTHER, 0, HIGH_NICE, 0, SHORT_SLICE_NANOS);
            String note = "";
            if (err == EPERM) { // a lower nice needs privilege: keep the slice at least
                err = setAttr(SCHED_OTHER, 0, currentNice(), 0, SHORT_SLICE_NANOS);
                note = " (nice -5 refused: needs CAP_SYS_NICE)";
            }
            if (err != 0) {
                return new Outcome(false, "default scheduling: sched_setattr failed, errno " + err);
            }
            Outcome o = describe(true);
            return new Outcome(o.applied() && note.isEmpty(), o.description() + note);
        } catch (RuntimeException | LinkageError e) {
            return new Outcome(false, "default scheduling: " + e);
        }
    }

    /** The calling thread's policy, priority or nice, and slice, as the kernel reports them. */
    public static Outcome describe(boolean applied) {
        if (Native0.UNAVAILABLE != null) {
            return new Outcome(false, "default scheduling: " + Native0.UNAVAILABLE);
        }
        Attr a = getAttr();
        if (a == null) {
            return new Outcome(applied, "scheduling unknown: sched_getattr errno " + Native.getLastError());
        }
        String d = switch (a.policy()) {
            case SCHED_FIFO -> "SCHED_FIFO priority " + a.priority();
            case SCHED_OTHER -> String.format(Locale.ROOT, "nice %d, slice %.2f ms", a.nice(), a.sliceNanos() / 1e6);
            default -> "policy " + a.policy();
        };
        return new Outcome(applied, d);
    }

    /** The fields of {@code struct sched_attr} read here. */
    private record Attr(int policy, int nice, int priority, long sliceNanos) {
    }

    /** sched_getattr on the calling thread, or null on failure (errno in {@link Native#getLastError}). */
    private static Attr getAttr() {
        try (Memory m = new Memory(ATTR_SIZE)) {
            m.clear();
            long r = Native0.LIBC.syscall(new NativeLong(Native0.GETATTR), 0, m, ATTR_SIZE, 0).longValue();
            return r != 0 ? null : new Attr(m.getInt(4), m.getInt(16), m.getInt(20), m.getLong(24));
        }
    }

    private static int currentNice() {
        Attr a = getAttr();
        return a == null ? 0 : a.nice();
    }

    /** sched_setattr on the calling thread; 0 or errno. */
    private static int setAttr(int policy, long flags, int nice, int priority, long runtimeNanos) {
        try (Memory m = new Memory(ATTR_SIZE)) {
            m.clear();
            m.setInt(0, ATTR_SIZE);
            m.setInt(4, policy);
            m.setLong(8, flags);
            m.setInt(16, nice);
            m.setInt(20, priority);
            m.setLong(24, runtimeNanos);
            long r = Native0.LIBC.syscall(new NativeLong(Native0.SETATTR), 0, m, 0).longValue();
            return r == 0 ? 0 : Native.getLastError();
        }
    }
}
