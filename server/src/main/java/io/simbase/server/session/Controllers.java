package io.simbase.server.session;

/**
 * Who drives a session's outputs. Two controllers writing the same actuators would fight (a
 * soft PLC in RUN and a student's own PLC each rewriting the belt every scan), so a second one
 * is refused where it starts: a soft PLC's RUN, a "connect my PLC", an OPC UA client's write.
 * The answer reads volatile fields the owners keep current; any thread.
 */
public final class Controllers {
    /** The kinds of controller that write actuators. */
    public enum Kind {
        SOFT_PLC,
        OWN_PLC,
        OPC_UA
    }

    private Controllers() {
    }

    /**
     * The controller other than {@code wanting} that drives {@code s}'s outputs now, as words for
     * the refusal ("your own PLC at 10.0.0.7"), or null when there is none.
     */
    public static String drivingBesides(Session s, Kind wanting) {
        if (wanting != Kind.SOFT_PLC && s.plcRunning()) {
            return "the soft PLC (in RUN)";
        }
        if (wanting != Kind.OWN_PLC && s.ownPlcClaimed()) {
            return "the student's own PLC";
        }
        String opcua = s.externalController();
        if (wanting != Kind.OPC_UA && opcua != null) {
            return opcua;
        }
        return null;
    }
}
