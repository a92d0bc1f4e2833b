package io.simbase.server.session;

import io.simbase.engine.world.Outcome;

/**
 * What a {@link SessionCommand} did, as a value: the network edge turns it into a reply.
 * Made on the session's sim thread; immutable, so it may be handed to any thread.
 */
public sealed interface CommandResult {
    /** The command changed the session at {@code step} (before that step ran). */
    record Applied(long step) implements CommandResult {
    }

    /** The command was not applied; {@code text} says why, for the user. */
    record Refused(Refusal reason, String text) implements CommandResult {
        /**
         * The refusal for a world mutator's answer, or null when the world applied it: the one
         * place that reads the world's answer type.
         */
        public static Refused unlessApplied(Outcome outcome) {
            return outcome.isOk() ? null : new Refused(Refusal.of(outcome.code()), outcome.message());
        }
    }

    /** Done, with nothing to report (an unobserve, or an observe of a session already observed). */
    record Done() implements CommandResult {
    }

    /** The observer was added; its full state has been sent on the session's stream. */
    record Observing() implements CommandResult {
    }

    /** The session's step and state hash; {@code closed} when the session has ended. */
    record Summary(String sessionId, long step, long stateHash, String recording, boolean closed)
            implements CommandResult {
    }

    /** Why a command was refused. */
    enum Refusal {
        UNKNOWN_TAG,
        NOT_WRITABLE,
        OUT_OF_RANGE,
        BAD_REQUEST,
        /** Another controller drives the session's outputs ({@link Controllers}). */
        BUSY;

        static Refusal of(Outcome.Code code) {
            return switch (code) {
                case UNKNOWN_TAG -> UNKNOWN_TAG;
                case NOT_WRITABLE -> NOT_WRITABLE;
                case OUT_OF_RANGE -> OUT_OF_RANGE;
                default -> BAD_REQUEST;
            };
        }
    }
}
