package io.simbase.server.session;

import java.util.List;

/**
 * A live session's figures for lists and dashboards, read from volatile fields the sim thread
 * writes. Any thread; one small allocation per call.
 *
 * @param activeFaults "target:kind", sorted
 * @param activeAlarms "component:code", sorted
 */
public record SessionStatus(long step, long simNanos, boolean paused, double timeScale, long inputs, int observers,
                            int parts, List<String> activeFaults, List<String> activeAlarms) {
}
