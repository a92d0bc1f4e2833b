package io.simbase.plc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.plc.PlcState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled reference programs against their plants, headless, as the exercise sheets say. */
class ReferenceProgramsTest {
    @Test
    void conveyorStartsOnStartStopsOnStopAndAfterTenParts() throws Exception {
        PlantRun r = new PlantRun("conveyor-basics", "conveyor-basics.st");
        r.seconds(5);
        assertEquals(0, r.tag("belt_run"), "the belt waits for Start");
        r.press("start_pb").seconds(1);
        assertEquals(1, r.tag("belt_run"));
        assertEquals(1, r.tag("running_light"));
        r.seconds(20);
        r.press("stop_pb").seconds(0.1);
        assertEquals(0, r.tag("belt_run"), "Stop (NC) stops the belt");
        assertEquals(0, r.tag("running_light"));
        double before = r.tag("delivered");
        assertTrue(before > 0 && before < 10, "delivered " + before);
        r.seconds(10);
        assertEquals(before, r.tag("delivered"), "nothing moves while stopped");

        r.press("start_pb");
        double batchStart = r.tag("delivered");
        for (int i = 0; i < 200 && r.tag("belt_run") == 1; i++) {
            r.seconds(1);
        }
        assertEquals(0, r.tag("belt_run"), "the belt stops by itself");
        assertEquals(batchStart + 10, r.tag("delivered"), "after exactly 10 parts");
        r.press("start_pb").seconds(1);
        assertEquals(1, r.tag("belt_run"), "Start runs the next batch");
        assertEquals(PlcState.RUN, r.loop.plc().state());
        assertEquals(0, r.lost);
    }

    @Test
    void sortingPutsEveryPartInItsBinAndLosesNone() throws Exception {
        PlantRun r = new PlantRun("sorting-station", "sorting-station.st");
        r.seconds(1).press("start_pb").seconds(180);
        assertEquals(PlcState.RUN, r.loop.plc().state(), String.valueOf(r.loop.plc().fault()));
        assertEquals(0, r.lost, "parts lost; routes " + r.routes);
        int sorted = 0;
        for (Map.Entry<String, Integer> e : r.routes.entrySet()) {
            String[] typeAndBin = e.getKey().split("->");
            String expected = typeAndBin[0].endsWith("metal") ? "bin1" : typeAndBin[0].equals("tall_plastic") ? "bin2" : "bin3";
            assertEquals(expected, typeAndBin[1], "routes " + r.routes);
            sorted += e.getValue();
        }
        assertTrue(sorted >= 60, "only " + sorted + " parts sorted of " + r.created + ": " + r.routes);
        assertTrue(r.routes.keySet().containsAll(java.util.List.of("short_metal->bin1", "tall_metal->bin1",
                "tall_plastic->bin2", "short_plastic->bin3")), "every kind seen: " + r.routes);
        assertEquals(0, r.tag("fault_light"));
    }

    @Test
    void sortingStopsOnEmergencyStop() throws Exception {
        PlantRun r = new PlantRun("sorting-station", "sorting-station.st");
        r.press("start_pb").seconds(10);
        assertEquals(1, r.tag("belt_run"));
        r.operate("estop", 1).seconds(0.1);
        assertEquals(0, r.tag("belt_run"));
        assertEquals(1, r.tag("fault_light"));
        assertEquals(0, r.tag("pusher1_extend"));
        assertEquals(0, r.tag("pusher2_extend"));
    }

    @Test
    void sortingNoticesAJammedPusherAndStops() throws Exception {
        PlantRun r = new PlantRun("sorting-station", "sorting-station.st");
        r.world.injectFault("pusher1", io.simbase.engine.fault.FaultKind.JAMMED, 0);
        r.press("start_pb");
        for (int i = 0; i < 600 && r.tag("fault_light") == 0; i++) {
            r.seconds(0.1);
        }
        assertEquals(1, r.tag("fault_light"), "a pusher that does not reach its end switch in 1 s lights the fault light");
        assertEquals(0, r.tag("belt_run"));
        assertEquals(0, r.tag("running_light"));
        assertEquals(PlcState.RUN, r.loop.plc().state(), "a plant fault is the program's to handle, not a PLC fault");
    }

    @Test
    void tankLevelHoldsTheSetpointBand() throws Exception {
        PlantRun r = new PlantRun("tank-level", "tank-level.st");
        r.seconds(60);
        double setpoint = r.tag("setpoint");
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < 120 * 20; i++) {
            r.seconds(0.05);
            lo = Math.min(lo, r.tag("level"));
            hi = Math.max(hi, r.tag("level"));
        }
        assertTrue(lo >= setpoint - 0.1 && hi <= setpoint + 0.1, "level in [" + lo + ", " + hi + "], setpoint " + setpoint);
        assertTrue(hi - lo > 0.05, "the valve cycles over the band: [" + lo + ", " + hi + "]");
        assertEquals(0, r.tag("alarm_light"));

        r.operate("setpoint", 2.0).seconds(120);
        assertTrue(Math.abs(r.tag("level") - 2.0) <= 0.1, "follows a new setpoint: " + r.tag("level"));
    }

    @Test
    void samePlantAndProgramGiveTheSameStateHash() throws Exception {
        long[] hashes = new long[2];
        for (int i = 0; i < 2; i++) {
            PlantRun r = new PlantRun("sorting-station", "sorting-station.st");
            r.press("start_pb").seconds(30);
            hashes[i] = r.world.stateHash();
        }
        assertEquals(hashes[0], hashes[1]);
    }
}
