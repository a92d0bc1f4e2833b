package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

class PusherTest {
    private static final String TAGS = "  - {name: ext, type: bool, dir: actuator}\n"
            + "  - {name: at_rear, type: bool, dir: sensor}\n  - {name: at_front, type: bool, dir: sensor}\n";
    private static final String PUSHER = "  - {id: p, type: pusher, at: [1.0, -0.11, 0.805], yaw: 90, stroke: 0.3, "
            + "plate: [0.1, 0.02], t_extend: 0.6, t_retract: 0.4, extend: ext, retracted: at_rear, extended: at_front}\n"
            + "  - {id: chute, type: chute, at: [1.0, 0.3], yaw: 90, length: 0.4, width: 0.2, height: 0.7}\n";

    private static World world() {
        return TestScenes.parse(TestScenes.beltScene(2.0, 0.2, TAGS, PUSHER)).newWorld();
    }

    @Test
    void endSwitchesChangeAfterTravelTime() {
        World w = world();
        int rear = w.layout().indexOf("at_rear");
        int front = w.layout().indexOf("at_front");
        w.step();
        assertTrue(w.io().getBool(rear));
        w.setInput("ext", 1);
        // The front switch closes within 2 mm of the end: at (0.3 - 0.002) / 0.3 * 0.6 s.
        double predicted = (0.3 - 0.002) / 0.3 * 0.6;
        long start = w.stepCount();
        while (!w.io().getBool(front)) {
            w.step();
            assertTrue(w.stepCount() - start < 1000, "never extended");
        }
        double measured = (w.stepCount() - start) * w.dtSeconds();
        assertEquals(predicted, measured, w.dtSeconds());
        assertFalse(w.io().getBool(rear));
        w.setInput("ext", 0);
        start = w.stepCount();
        while (!w.io().getBool(rear)) {
            w.step();
        }
        assertEquals((0.3 - 0.002) / 0.3 * 0.4, (w.stepCount() - start) * w.dtSeconds(), w.dtSeconds());
    }

    @Test
    void pusherPushesPartOffTheBeltOntoTheChute() {
        World w = world();
        int slot = w.parts().spawn(0, 1.0, 0, 0.8);
        w.setInput("ext", 1);
        w.step(200);
        assertTrue(w.parts().alive(slot));
        assertTrue(w.parts().y(slot) > 0.1, "pushed past the belt edge, y=" + w.parts().y(slot));
        assertEquals(0.7, w.parts().z(slot), 1e-9, "landed on the chute");
    }

    @Test
    void jammedPusherDoesNotMoveAndSlowOneTakesLonger() {
        World w = world();
        w.injectFault("p", FaultKind.JAMMED, 0);
        w.setInput("ext", 1);
        w.step(400);
        assertTrue(w.io().getBool(w.layout().indexOf("at_rear")));
        w.clearFault("p", FaultKind.JAMMED);
        w.injectFault("p", FaultKind.SLOW, 2);
        w.step(130); // 0.65 s: a healthy pusher would be out by now, a slow one is halfway
        assertFalse(w.io().getBool(w.layout().indexOf("at_front")));
        w.step(120);
        assertTrue(w.io().getBool(w.layout().indexOf("at_front")));
    }
}
