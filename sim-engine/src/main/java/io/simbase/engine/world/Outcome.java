package io.simbase.engine.world;

/**
 * What became of a request to change a world (an input, a force, a fault): a {@link Code} for
 * programs and a one-line message for people. Every mutator of {@link World} returns one and
 * none throws for a refused request.
 *
 * <p>Immutable. Allocation: the outcomes of the per-step paths (inputs and forces) are shared
 * constants; only a refused fault, whose message names its target, makes a new one.
 */
public final class Outcome {
    /** Why a change was or was not made. */
    public enum Code {
        OK,
        /** No tag of that name or index. */
        UNKNOWN_TAG,
        /** A plant sensor: only actuator and operator-panel tags take inputs. */
        NOT_WRITABLE,
        /** A value outside the tag's range, or not a number. */
        OUT_OF_RANGE,
        /** No component of that id. */
        UNKNOWN_COMPONENT,
        /** No fault of that name in this world (neither a tag fault nor one its components offer). */
        UNKNOWN_FAULT,
        /** The fault does not apply to that tag or component. */
        NOT_APPLICABLE,
        /** The fault's parameter is outside what the fault accepts. */
        BAD_PARAMETER,
        /** No part type of that name in this scene. */
        UNKNOWN_PART_TYPE
    }

    public static final Outcome OK = new Outcome(Code.OK, "applied");
    public static final Outcome UNKNOWN_TAG = new Outcome(Code.UNKNOWN_TAG, "unknown tag");
    public static final Outcome NOT_WRITABLE = new Outcome(Code.NOT_WRITABLE,
            "tag is a plant sensor; only actuator and operator-panel tags take inputs");
    public static final Outcome OUT_OF_RANGE = new Outcome(Code.OUT_OF_RANGE, "value out of range");

    private final Code code;
    private final String message;

    private Outcome(Code code, String message) {
        this.code = code;
        this.message = message;
    }

    /** A refusal with its own message (not for {@link Code#OK}). */
    public static Outcome refused(Code code, String message) {
        if (code == Code.OK) {
            throw new IllegalArgumentException("a refusal needs a code other than OK");
        }
        return new Outcome(code, message);
    }

    public Code code() {
        return code;
    }

    /** One line for a person, e.g. {@code fault slow needs a factor >= 1, got 0.5}. */
    public String message() {
        return message;
    }

    public boolean isOk() {
        return code == Code.OK;
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
