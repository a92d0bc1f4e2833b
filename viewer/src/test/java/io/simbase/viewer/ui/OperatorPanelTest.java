package io.simbase.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.ComponentTag;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.protocol.v1.TagInfo;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.state.LayoutDetails;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorPanelTest {
    private final List<String> sent = new ArrayList<>();

    private OperatorPanel panel(String scene, String[][] components, String... tags) {
        SessionLayout.Builder b = SessionLayout.newBuilder().setScene(scene);
        for (String t : tags) {
            b.addTags(TagInfo.newBuilder().setName(t).setMin(0).setMax(t.equals("setpoint") ? 3 : 1));
        }
        for (String[] c : components) {
            ComponentInfo.Builder cb = ComponentInfo.newBuilder().setId(c[0]).setType(c[1]).putProperties("label", c[2]);
            if (c.length > 3) { // wired to a tag, as the server's layout says
                cb.addTags(ComponentTag.newBuilder().setKey("tag").setTag(c[3]));
            }
            if (c.length > 4) { // the scene's own Chinese label
                cb.putProperties("label_zh", c[4]);
            }
            b.addComponents(cb);
        }
        SessionLayout layout = b.build();
        PlantMirror m = new PlantMirror();
        m.apply(ServerMessage.newBuilder().setFullState(FullState.newBuilder().setSessionId("S").setLayout(layout)
                .addAllTags(java.util.Collections.nCopies(tags.length, 0.0))).build(), 0);
        OperatorPanel p = new OperatorPanel(new Messages(Messages.Lang.ZH), (tag, v) -> sent.add(tag + "=" + v));
        p.bind(layout, LayoutDetails.of(layout), m);
        p.layout(1280, 800);
        return p;
    }

    @Test
    void aButtonIsPressedWhileHeldAndTheEstopLatches() {
        OperatorPanel p = panel("sorting-station", new String[][] {
            {"start", "button", "Start", "start_pb"}, {"emergency_stop", "estop", "Emergency stop", "estop"},
            {"running", "light", "Running", "running_light"}},
                "start_pb", "estop", "running_light");
        PanelWidget start = p.widgets().get(0);
        PanelWidget estop = p.widgets().get(1);
        assertEquals("启动", start.label, "labels in the chosen language");
        assertTrue(p.mouseDown(start.centreX(), start.centreY()));
        assertTrue(start.pressed);
        p.mouseUp();
        assertFalse(start.pressed);
        p.mouseDown(estop.centreX(), estop.centreY());
        p.mouseUp();
        p.mouseDown(estop.centreX(), estop.centreY());
        p.mouseUp();
        assertEquals(List.of("start_pb=1.0", "start_pb=0.0", "estop=1.0", "estop=0.0"), sent);
        assertFalse(p.mouseDown(5, 5), "a click elsewhere is not the panel's");
    }

    @Test
    void aScenesOwnChineseLabelComesBeforeTheLanguageFile() {
        OperatorPanel p = panel("elevator", new String[][] {
            {"call_1", "button", "Call 1", "call1", "呼叫 1 楼"}, {"start", "button", "Start", "start_pb", "开始"},
            {"fault", "light", "Fault", "fault_light"}},
                "call1", "start_pb", "fault_light");
        assertEquals("呼叫 1 楼", p.widgets().get(0).label, "a label the language file does not know");
        assertEquals("开始", p.widgets().get(1).label, "the scene's Chinese over the language file's");
        assertEquals("故障", p.widgets().get(2).label, "no label_zh: the language file's");
        assertEquals("Call 1", new Messages(Messages.Lang.EN).label("Call 1", "呼叫 1 楼"), "English stays English");
    }

    @Test
    void functionKeysWorkTheControlsInPanelOrderSkippingIndicators() {
        OperatorPanel p = panel("sorting-station", new String[][] {
            {"running", "light", "Running", "running_light"}, {"start", "button", "Start", "start_pb"},
            {"stop", "button", "Stop", "stop_pb"}},
                "running_light", "start_pb", "stop_pb");
        p.key(1, true);
        p.key(1, false);
        assertEquals(List.of("stop_pb=1.0", "stop_pb=0.0"), sent);
    }

    @Test
    void theSelectorStepsAndTheSliderSetsAValueInTheTagsRange() {
        OperatorPanel p = panel("tank-level", new String[][] {
            {"level_setpoint", "setpoint", "Level setpoint", "setpoint"}, {"mode", "selector", "Auto / manual", "auto_mode"}},
                "setpoint", "auto_mode");
        PanelWidget slider = p.widgets().get(0);
        PanelWidget selector = p.widgets().get(1);
        p.mouseDown(slider.x + slider.w - 10, slider.centreY());
        p.mouseUp();
        p.mouseDown(selector.centreX(), selector.centreY());
        p.mouseUp();
        p.mouseDown(selector.centreX(), selector.centreY());
        p.mouseUp();
        assertEquals(List.of("setpoint=3.0", "auto_mode=1.0", "auto_mode=0.0"), sent);
    }

    @Test
    void aSceneWithoutWiringOffersNoControlsThatWriteAnything() {
        OperatorPanel p = panel("not-bundled", new String[][] {{"start", "button", "Start"}}, "start_pb");
        PanelWidget start = p.widgets().get(0);
        p.mouseDown(start.centreX(), start.centreY());
        p.mouseUp();
        assertTrue(sent.isEmpty());
    }
}
