package io.simbase.viewer.ui;

import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.PlcStatus;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.state.ControlMirror;

/**
 * The words of the heads-up line about control, in the viewer's language: who drives the plant
 * (the soft PLC with its RUN/STOP/FAULT state, the own PLC's address, a rig, an OPC UA client)
 * and where a graded run stands. No GL: the heads-up line draws these texts, tests read them.
 *
 * <p>Render thread only. Each call rewrites and returns one of two reused builders; with texts
 * that fit their capacity nothing is allocated.
 */
public final class ControlText {
    private final String controller;
    private final String softPlc;
    private final String[] plcStates = new String[PlcStatus.State.values().length];
    private final String line;
    private final String ownPlc;
    private final String rigLabel;
    private final String opcua;
    private final String nobody;
    private final String runTitle;
    private final String scenario;
    private final String score;
    private final String passed;
    private final String failed;
    private final String aborted;
    private final StringBuilder controllerText = new StringBuilder(160);
    private final StringBuilder runText = new StringBuilder(160);

    public ControlText(Messages messages) {
        controller = messages.get("hud.controller");
        softPlc = messages.get("hud.softPlc");
        for (PlcStatus.State s : PlcStatus.State.values()) {
            plcStates[s.ordinal()] = messages.get("hud.plc." + s.name());
        }
        line = messages.get("hud.plc.line");
        ownPlc = messages.get("hud.ownPlc");
        rigLabel = messages.get("hud.rig");
        opcua = messages.get("hud.opcua");
        nobody = messages.get("hud.nobody");
        runTitle = messages.get("graded.title");
        scenario = messages.get("graded.scenario");
        score = messages.get("graded.score");
        passed = messages.get("graded.passed");
        failed = messages.get("graded.failed");
        aborted = messages.get("graded.aborted");
    }

    /**
     * Who controls the plant: the stream's soft-PLC state when a program is loaded (else the
     * session list's RUN flag), then the own PLC or a rig, then an OPC UA client; "nobody" when
     * none of them.
     */
    public CharSequence controller(ControlMirror control, ControllerSummary summary) {
        StringBuilder b = controllerText;
        b.setLength(0);
        b.append(controller);
        int start = b.length();
        PlcStatus plc = control.plcStatus();
        if (plc != null && plc.getState() != PlcStatus.State.UNRECOGNIZED) {
            b.append(' ').append(softPlc).append(' ').append(plcStates[plc.getState().ordinal()]);
            if (plc.getState() == PlcStatus.State.FAULT) {
                if (plc.getFaultLine() > 0) {
                    b.append(" (").append(line).append(' ').append(plc.getFaultLine()).append(')');
                }
                if (!plc.getFaultMessage().isEmpty()) {
                    b.append(": ").append(plc.getFaultMessage());
                }
            }
        } else if (summary.softPlcRunning()) {
            b.append(' ').append(softPlc).append(' ').append(plcStates[PlcStatus.State.RUN.ordinal()]);
        }
        if (!summary.ownPlcAddress().isEmpty()) {
            separate(b, start).append(ownPlc).append(' ').append(summary.ownPlcAddress());
        } else if (!summary.rig().isEmpty()) {
            separate(b, start).append(rigLabel).append(' ').append(summary.rig());
        }
        if (!summary.opcuaClient().isEmpty()) {
            separate(b, start).append(opcua).append(' ').append(summary.opcuaClient());
        }
        if (b.length() == start) {
            b.append(' ').append(nobody);
        }
        return b;
    }

    /**
     * The graded run's heading: exercise, scenario n of m with its sim time, and once finished
     * the score and verdict (or why it stopped). The checks themselves are drawn as chips,
     * green while not failed and red once failed.
     */
    public CharSequence runHeading(GradedRun run) {
        StringBuilder b = runText;
        b.setLength(0);
        b.append(runTitle).append(' ').append(run.getExerciseId()).append("  ");
        if (!run.getAborted().isEmpty()) {
            return b.append(aborted).append(' ').append(run.getAborted());
        }
        if (run.getFinished()) {
            return b.append(score).append(' ').append(run.getScore()).append("/100 ").append(run.getPassed() ? passed : failed);
        }
        b.append(scenario).append(' ').append(run.getScenarioIndex() + 1).append('/').append(run.getScenarioCount());
        if (!run.getScenarioId().isEmpty()) {
            b.append(' ').append(run.getScenarioId());
        }
        b.append("  ");
        Numbers.fixed(b, run.getScenarioSeconds(), 1).append(" / ");
        Numbers.fixed(b, run.getScenarioDuration(), 1).append(" s");
        return b;
    }

    private static StringBuilder separate(StringBuilder b, int start) {
        return b.append(b.length() == start ? " " : " · ");
    }
}
