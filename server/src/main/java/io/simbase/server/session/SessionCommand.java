package io.simbase.server.session;

import io.simbase.plc.PlcProgram;

/**
 * What a client (through the network edge) asks of a session, as data. The edge has already
 * checked who may ask, that the tag exists and that the value is in range; the session applies
 * the command on its sim thread between steps and answers with a {@link CommandResult}.
 * Tags are indices into the scene's I/O layout; values are engineering values in the tag's unit.
 */
public sealed interface SessionCommand {
    /** A student's or instructor's input to a writable tag. */
    record SetInput(int tag, double value) implements SessionCommand {
    }

    /** Holds a tag at {@code value} whatever the plant or the controller does; {@code by} is recorded. */
    record Force(int tag, double value, String by) implements SessionCommand {
    }

    /** Releases a forced tag. */
    record Unforce(int tag) implements SessionCommand {
    }

    /**
     * A fault on a tag or a component ({@code target} is a tag name or a component id); an
     * {@code announced} fault is shown to students, a silent one only to staff ({@link Audience}).
     */
    record InjectFault(String target, String fault, double param, boolean announced) implements SessionCommand {
        /** A silent fault. */
        public InjectFault(String target, String fault, double param) {
            this(target, fault, param, false);
        }
    }

    record ClearFault(String target, String fault) implements SessionCommand {
    }

    /** Pauses ({@code true}) or resumes stepping; frames go on while paused. */
    record Pause(boolean paused) implements SessionCommand {
    }

    /** Sim time per wall time, 0.1 to 10 (checked at the edge). */
    record SetTimeScale(double scale) implements SessionCommand {
    }

    /** Rebuilds the world from the scene and seed; recorded. */
    record Reset() implements SessionCommand {
    }

    /**
     * Adds {@code link} to the session's stream: it gets a full state (echoing
     * {@code requestId}) and then a frame at the session's frame rate; with
     * {@code maxStateRateHz} above 0, a state sample (a full state) at most that often, and
     * every frame's events.
     */
    record Observe(ClientLink link, long requestId, Audience audience, int maxStateRateHz) implements SessionCommand {
        /** A staff observer: shown everything. */
        public Observe(ClientLink link, long requestId) {
            this(link, requestId, Audience.STAFF);
        }

        /** An observer of every frame. */
        public Observe(ClientLink link, long requestId, Audience audience) {
            this(link, requestId, audience, 0);
        }
    }

    /** Takes {@code link} off the session's stream. */
    record Unobserve(ClientLink link) implements SessionCommand {
    }

    /** The current step and state hash (also recorded as a checkpoint). */
    record GetResult() implements SessionCommand {
    }

    /**
     * Ends the session; every observer but {@code requester} (null: none) is told, the
     * requester gets the result as its reply.
     */
    record Close(ClientLink requester) implements SessionCommand {
    }

    /**
     * Loads a compiled soft-PLC program into the session's PLC (STOP, outputs off); the text is
     * recorded so that a replay compiles it again. Compiled off the sim thread ({@code program}
     * is immutable); {@code by} is noted in the recording.
     */
    record PlcLoad(PlcProgram program, String source, String fileName, String by) implements SessionCommand {
    }

    /** Puts the loaded program into RUN (cold start); refused when none is loaded. Recorded. */
    record PlcRun(String by) implements SessionCommand {
    }

    /** Puts the soft PLC into STOP (outputs off); refused when none is loaded. Recorded. */
    record PlcStop(String by) implements SessionCommand {
    }

    /**
     * Resets the session to each of {@code exercise}'s scenarios in turn and grades whatever
     * controls it, live; {@code controller} is an in-session controller scanned before every step,
     * or null when the session is controlled from outside (a rig, a PLC, a student). The result
     * and progress go to {@code listener} on the sim thread.
     */
    record StartGradedRun(io.simbase.grading.exercise.Exercise exercise, io.simbase.grading.ControllerFactory controller,
                          GradedRunListener listener) implements SessionCommand {
    }
}
