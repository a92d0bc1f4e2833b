package io.simbase.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.GradedCheck;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.PlcStatus;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.viewer.state.ControlMirror;
import org.junit.jupiter.api.Test;

/** The heads-up line's words about control and graded runs, in both languages, without GL. */
class ControlTextTest {
    private final ControlText en = new ControlText(new Messages(Messages.Lang.EN));
    private final ControlText zh = new ControlText(new Messages(Messages.Lang.ZH));
    private final ControlMirror control = new ControlMirror();

    ControlTextTest() {
        control.session("S1");
    }

    private void plc(PlcStatus.State state, int line, String message) {
        assertTrue(control.apply(ServerMessage.newBuilder().setPlcStatus(PlcStatus.newBuilder().setSessionId("S1")
                .setState(state).setFaultLine(line).setFaultMessage(message)).build()));
    }

    @Test
    void nobodyControlsAFreshSession() {
        assertEquals("control: nobody", en.controller(control, ControllerSummary.NONE).toString());
        assertEquals("控制： 无", zh.controller(control, ControllerSummary.NONE).toString());
    }

    @Test
    void theSoftPlcStateComesFromTheStreamWithTheFaultLine() {
        plc(PlcStatus.State.STOP, 0, "");
        assertEquals("control: soft PLC STOP", en.controller(control, ControllerSummary.NONE).toString());
        plc(PlcStatus.State.RUN, 0, "");
        assertEquals("控制： 软PLC 运行", zh.controller(control, ControllerSummary.NONE).toString());
        plc(PlcStatus.State.FAULT, 12, "division by zero");
        assertEquals("control: soft PLC FAULT (line 12): division by zero",
                en.controller(control, ControllerSummary.NONE).toString());
        assertEquals("控制： 软PLC 故障 (行 12): division by zero", zh.controller(control, ControllerSummary.NONE).toString());
    }

    @Test
    void anotherSessionsStatusIsIgnored() {
        assertFalse(control.apply(ServerMessage.newBuilder().setPlcStatus(PlcStatus.newBuilder().setSessionId("S2")
                .setState(PlcStatus.State.RUN)).build()));
        assertEquals("control: nobody", en.controller(control, ControllerSummary.NONE).toString());
        plc(PlcStatus.State.RUN, 0, "");
        control.session("S2");
        assertEquals("control: nobody", en.controller(control, ControllerSummary.NONE).toString(), "a new session starts blank");
    }

    @Test
    void theSessionListNamesOwnPlcRigAndOpcUaClient() {
        assertEquals("control: soft PLC RUN",
                en.controller(control, new ControllerSummary(true, "", "", "")).toString());
        assertEquals("control: own PLC at 10.0.0.7",
                en.controller(control, new ControllerSummary(false, "10.0.0.7", "own-plc online", "")).toString());
        assertEquals("control: rig tank-rig degraded",
                en.controller(control, new ControllerSummary(false, "", "tank-rig degraded", "")).toString());
        assertEquals("控制： OPC UA 客户端，地址 10.0.0.9",
                zh.controller(control, new ControllerSummary(false, "", "", "10.0.0.9")).toString());
    }

    @Test
    void aGradedRunShowsItsScenarioThenItsScore() {
        GradedRun.Builder run = GradedRun.newBuilder().setSessionId("S1").setExerciseId("sorting-station")
                .setScenarioIndex(1).setScenarioCount(3).setScenarioId("mixed").setScenarioSeconds(12.25)
                .setScenarioDuration(40).addChecks(GradedCheck.newBuilder().setId("sorts").setFailed(true));
        assertEquals("Graded run sorting-station  scenario 2/3 mixed  12.3 / 40.0 s", en.runHeading(run.build()).toString());
        assertEquals("评分运行 sorting-station  场景 2/3 mixed  12.3 / 40.0 s", zh.runHeading(run.build()).toString());
        run.setFinished(true).setScore(60).setPassed(false);
        assertEquals("Graded run sorting-station  score 60/100 failed", en.runHeading(run.build()).toString());
        assertEquals("评分运行 sorting-station  得分 60/100 未通过", zh.runHeading(run.build()).toString());
        run.setAborted("the session was closed");
        assertEquals("Graded run sorting-station  stopped: the session was closed", en.runHeading(run.build()).toString());
    }
}
