package io.simbase.viewer.ui;

/**
 * What the heads-up line shows beyond the state stream: the session's time scale, its bound
 * rig and its controller, polled from the server's session list. Implemented by the link; read
 * on the render thread.
 */
public interface SessionStatus {
    /** A status that knows nothing. */
    SessionStatus NONE = new SessionStatus() {
        @Override
        public double timeScale() {
            return Double.NaN;
        }

        @Override
        public String rig() {
            return "";
        }
    };

    /** Time scale; NaN when unknown. */
    double timeScale();

    /** The bound rig as "name state", or "". */
    String rig();

    /** Who controls the plant; {@link ControllerSummary#NONE} when unknown. */
    default ControllerSummary controller() {
        return ControllerSummary.NONE;
    }
}
