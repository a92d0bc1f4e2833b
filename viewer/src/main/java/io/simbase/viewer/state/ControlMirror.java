package io.simbase.viewer.state;

import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.PlcStatus;
import io.simbase.protocol.v1.ServerMessage;

/**
 * The render thread's copy of what the session's stream says about its control: the soft PLC's
 * state ({@code plc_status}, sent with every frame while a program is loaded) and the graded run
 * under way or last finished ({@code graded_run}). Messages of another session are ignored.
 *
 * <p>Threading: one thread (the render thread). Allocation: none; it keeps the messages it is
 * given (protobuf messages are immutable).
 */
public final class ControlMirror {
    private String sessionId = "";
    private PlcStatus plc;
    private GradedRun run;

    /** Follows {@code id} from now on; forgets what another session said. */
    public void session(String id) {
        if (!id.equals(sessionId)) {
            sessionId = id;
            plc = null;
            run = null;
        }
    }

    /**
     * Takes a {@code plc_status} or {@code graded_run} of the followed session.
     *
     * @return true when the message was one of those and of this session
     */
    public boolean apply(ServerMessage m) {
        switch (m.getKindCase()) {
            case PLC_STATUS -> {
                if (m.getPlcStatus().getSessionId().equals(sessionId)) {
                    plc = m.getPlcStatus();
                    return true;
                }
            }
            case GRADED_RUN -> {
                if (m.getGradedRun().getSessionId().equals(sessionId)) {
                    run = m.getGradedRun();
                    return true;
                }
            }
            default -> {
                // not ours
            }
        }
        return false;
    }

    /** The soft PLC's state, or {@link PlcStatus.State#STATE_UNSPECIFIED} while no program is loaded. */
    public PlcStatus.State plcState() {
        return plc == null ? PlcStatus.State.STATE_UNSPECIFIED : plc.getState();
    }

    /** The last soft-PLC status, or null while no program is loaded. */
    public PlcStatus plcStatus() {
        return plc;
    }

    /** The graded run under way or last finished, or null when none was seen. */
    public GradedRun gradedRun() {
        return run;
    }
}
