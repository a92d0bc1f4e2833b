package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.SceneLoader;
import io.simbase.engine.scene.Scenes;
import io.simbase.server.SimBaseServer;
import io.simbase.server.session.CommandReply;
import io.simbase.server.session.SessionCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard draws the curriculum's components from their own drawings, in Debian's
 * Chromium. The motor of {@code motor-control}: the housing, the supply lamp (grey off, green
 * powered) and the trip lamp (red once K1 and K2 forced on together short-circuit it). The
 * crossing of {@code traffic-light}: the car queue growing on red and the signal lamps. The
 * garage door of {@code garage-door}: the door's gauge emptying as it opens, the obstacle and the
 * interrupted light barrier, the safety edge's lamp when the door closes onto the obstacle. The
 * stop blade of {@code queue-counter}: red while raised with boxes queued behind it, pale when
 * lowered and the boxes go into the bin. The silo of {@code silo-fill}: the valve's lamp amber while
 * pouring and the gauge of the fill of the box under the spout. The load cell of
 * {@code sort-by-weight}: its plate under the belt while a box is weighed. The
 * consumer of {@code tank-pid}: its pump and its dry lamp. The agitator and pulse meters of
 * {@code batch-mixer}. The lift of {@code elevator}. The car park of {@code car-park}.
 * The inverter belt of {@code sort-encoder}: its drive roller lit while the inverter runs, and
 * the fibre-optic sensor lit by a light-coloured part (dashboard-sort-encoder.png). The pneumatic
 * handler of {@code pick-and-place}: its cup blue while sucking, green while holding, the carriage
 * moving to the place point (dashboard-pick-and-place.png). The magazine,
 * press and signal tower of {@code production-line} (dashboard-production-line.png).
 * Screenshots: server/target/dashboard-motor*.png, dashboard-crossing.png, dashboard-garage-door*.png, dashboard-queue-counter.png,
 * dashboard-silo-fill.png, dashboard-sort-by-weight.png.
 */
class CurriculumDrawingBrowserTest {
    private static final String CODE = "MOTOR7";
    /** How many canvas pixels have one colour. */
    private static final String COUNT = "((r, gr, b) => { const c = document.getElementById('plant');"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
            + " for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) < 8 && Math.abs(d[i + 1] - gr) < 8"
            + " && Math.abs(d[i + 2] - b) < 8 && d[i + 3] > 250) n++; return n; })";
    private static final String HOUSING = COUNT + "(0x70, 0x80, 0x90)";
    private static final String POWERED = COUNT + "(0x3c, 0xb3, 0x71)";
    private static final String TRIPPED = COUNT + "(0xdc, 0x14, 0x3c)";
    private static SimBaseServer server;
    private static Chromium chromium;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        server = Dashboards.server(data, CODE);
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        Dashboards.close(chromium, server);
    }

    private static void type(Page page, String id, String value) throws Exception {
        page.eval("document.getElementById('" + id + "').value = " + chromium.json.writeValueAsString(value));
    }

    private static void force(Page page, String tag) throws Exception {
        force(page, tag, 1);
    }

    private static void force(Page page, String tag, int value) throws Exception {
        int i = page.eval("state.layout.tags.findIndex(t => t.name === '" + tag + "')").asInt();
        page.eval("document.querySelector('#tag-" + i + " td:last-child input:last-of-type').value = '" + value + "'");
        page.eval("[...document.querySelectorAll('#tag-" + i + " td:last-child button')]"
                + ".find(b => b.textContent === 'force').click()");
    }

    private static String tag(String name) {
        return "state.tags[state.layout.tags.findIndex(t => t.name === '" + name + "')]";
    }

    /** Logs the instructor in and opens the session's plant view, with a component of {@code type} in its layout. */
    private static void watch(Page teacher, String sid, String type) throws Exception {
        Dashboards.signInAsTeacher(teacher);
        type(teacher, "class-code", CODE);
        String row = "[...document.querySelectorAll('#sessions tbody tr')].find(r => r.textContent.includes('" + sid + "'))";
        teacher.waitFor("!!" + row, seconds(10), "the session in the list");
        teacher.eval(row + ".querySelector('button').click()");
        teacher.waitFor("state.layout && state.layout.components.some(c => c.type === '" + type + "')", seconds(10),
                "the layout with the " + type);
        teacher.waitFor("new Promise(r => setTimeout(() => r(true), 300))", seconds(5), "a few frames");
    }

    @Test
    void theMotorIsDrawnWithItsSupplyAndTripLamps() throws Exception {
        String sid = server.sessions().create(CODE, "Ann#0002", Scenes.load("motor-control"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "motor");

            assertTrue(teacher.eval(HOUSING).asInt() > 100, "the housing is drawn");
            assertEquals(0, teacher.eval(POWERED).asInt(), "no supply at rest");
            assertEquals(0, teacher.eval(TRIPPED).asInt(), "not tripped at rest");

            force(teacher, "k1");
            force(teacher, "k_delta");
            teacher.waitFor(tag("speed") + " > 1000", seconds(15), "the motor running");
            teacher.waitFor(POWERED + " > 3", seconds(5), "the supply lamp green");
            assertEquals(0, teacher.eval(TRIPPED).asInt(), "running, not tripped");
            Files.write(Path.of("target/dashboard-motor.png"), teacher.screenshot());

            force(teacher, "k2"); // K1 and K2 together: a short circuit
            teacher.waitFor(tag("overload_ok") + " === 0", seconds(10), "the trip");
            teacher.waitFor(TRIPPED + " > 3", seconds(5), "the trip lamp red");
            teacher.waitFor(POWERED + " === 0", seconds(5), "the supply lamp grey");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-motor-tripped.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    @Test
    void theCrossingIsDrawnWithItsQueueAndSignals() throws Exception {
        String queue = COUNT + "(0x1e, 0x90, 0xff)";
        String greenLamp = COUNT + "(0x00, 0xc0, 0x00)";
        String redLamp = COUNT + "(0xff, 0x00, 0x00)";
        String sid = server.sessions().create(CODE, "Bob#0003", Scenes.load("traffic-light"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "crossing");
            assertEquals(0, teacher.eval(greenLamp).asInt(), "all lamps dark without a program");
            assertEquals(0, teacher.eval(redLamp).asInt(), "all lamps dark without a program");
            teacher.waitFor(tag("cars_waiting") + " >= 2", seconds(60), "cars queued at the dark signal");
            teacher.waitFor(queue + " > 20", seconds(5), "the queue drawn");
            force(teacher, "car_red");
            teacher.waitFor(redLamp + " > 3", seconds(5), "the red lamp lit");
            force(teacher, "car_green");
            teacher.waitFor(greenLamp + " > 3", seconds(5), "the green lamp lit");
            teacher.waitFor(tag("cars_passed") + " >= 2", seconds(15), "the cars leave on green");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-crossing.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    @Test
    void theGarageDoorIsDrawnWithItsObstacleBarrierAndSafetyEdge() throws Exception {
        String door = COUNT + "(0xa0, 0x52, 0x2d)";
        String obstacle = COUNT + "(0xff, 0x8c, 0x00)";
        String beamClear = COUNT + "(0x32, 0xcd, 0x32)";
        String beamBroken = COUNT + "(0xff, 0x45, 0x00)";
        String edgePressed = COUNT + "(0xdc, 0x14, 0x3c)";
        String sid = server.sessions().create(CODE, "Cai#0004", Scenes.load("garage-door"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "garage_door");
            Files.write(Path.of("target/dashboard-garage-door-closed.png"), teacher.screenshot());
            int closed = teacher.eval(door).asInt();
            assertTrue(closed > 100, "the closed door is drawn: " + closed);
            assertTrue(teacher.eval(beamClear).asInt() > 3, "the light barrier green");
            assertEquals(0, teacher.eval(beamBroken).asInt(), "nothing in the opening");
            assertEquals(0, teacher.eval(obstacle).asInt(), "no obstacle");
            assertEquals(0, teacher.eval(edgePressed).asInt(), "the safety edge not pressed");
            assertTrue(teacher.eval("document.documentElement.scrollWidth <= window.innerWidth").asBoolean(),
                    "the wide plant's canvas fits the 1280 px window: no horizontal scrolling");

            force(teacher, "door_up");
            teacher.waitFor(tag("open_limit") + " === 1", seconds(30), "the door open");
            teacher.waitFor(door + " < " + closed / 10, seconds(5), "the door's gauge empty");
            server.sessions().find(sid).submit(new SessionCommand.InjectFault("door", "obstacle", 0), CommandReply.NONE);
            teacher.waitFor(obstacle + " > 3", seconds(5), "the obstacle drawn");
            teacher.waitFor(beamBroken + " > 3", seconds(5), "the light barrier red");

            force(teacher, "door_up", 0);
            force(teacher, "door_down");
            teacher.waitFor(tag("edge_ok") + " === 0", seconds(30), "the door on the obstacle");
            teacher.waitFor(edgePressed + " > 3", seconds(5), "the safety edge's lamp red");
            assertTrue(teacher.eval(door).asInt() > 3, "the door's gauge part full");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-garage-door.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    @Test
    void theQueueCounterShowsItsStopBladeHoldingAndReleasingTheQueue() throws Exception {
        String bladeUp = COUNT + "(0xb2, 0x22, 0x22)";
        String bladeDown = COUNT + "(0xf0, 0xc0, 0xc0)";
        String sid = server.sessions().create(CODE, "Dan#0005", Scenes.load("queue-counter"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "stopper");
            assertTrue(teacher.eval(bladeDown).asInt() > 0, "the blade drawn down (spring return)");
            assertEquals(0, teacher.eval(bladeUp).asInt(), "not raised without a program");
            force(teacher, "blade_up");
            force(teacher, "infeed_run");
            force(teacher, "outfeed_run");
            teacher.waitFor(bladeUp + " > 0", seconds(5), "the blade drawn raised");
            teacher.waitFor(tag("part_waiting") + " === 1", seconds(30), "a box held at the blade");
            assertEquals(0, teacher.eval(tag("packed")).asInt(), "nothing passed the raised blade");
            Files.write(Path.of("target/dashboard-queue-counter.png"), teacher.screenshot());
            force(teacher, "blade_up", 0);
            teacher.waitFor(bladeDown + " > 0", seconds(5), "the blade drawn lowered");
            teacher.waitFor(tag("packed") + " >= 1", seconds(15), "the boxes go into the bin");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    @Test
    void theSiloIsDrawnWithItsValveAndTheFillOfTheBoxUnderIt() throws Exception {
        String silo = COUNT + "(0xb0, 0xb0, 0xb0)";
        String pouring = COUNT + "(0xff, 0xbf, 0x00)";
        String fill = COUNT + "(0x8b, 0x5a, 0x2b)";
        String sid = server.sessions().create(CODE, "Eve#0006", Scenes.load("silo-fill"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "silo");
            assertTrue(teacher.eval(silo).asInt() > 100, "the silo drawn");
            assertEquals(0, teacher.eval(pouring).asInt(), "the valve closed");
            assertEquals(0, teacher.eval(fill).asInt(), "no box filled");
            force(teacher, "stop_up");
            force(teacher, "belt_run");
            teacher.waitFor(tag("box_in_place") + " === 1", seconds(30), "a box under the spout");
            force(teacher, "fill_valve");
            teacher.waitFor(pouring + " > 3", seconds(5), "the valve amber");
            teacher.waitFor(tag("full") + " === 1", seconds(10), "the box full");
            teacher.waitFor(fill + " > 20", seconds(5), "the box's fill drawn");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-silo-fill.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    @Test
    void theLoadCellIsDrawnUnderTheBeltWhileABoxIsWeighed() throws Exception {
        String plate = COUNT + "(0x46, 0x82, 0xb4)";
        String sid = server.sessions().create(CODE, "Fay#0007", Scenes.load("sort-by-weight"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "load_cell");
            int empty = teacher.eval(plate).asInt();
            assertTrue(empty > 20, "the weighing plate drawn: " + empty);
            force(teacher, "belt_run");
            teacher.waitFor(tag("weight") + " > 0.15", seconds(30), "a box on the load cell");
            assertTrue(teacher.eval(plate).asInt() > 20, "the plate still drawn");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-sort-by-weight.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    /**
     * The consumer of {@code tank-pid}: its pump body, the dry lamp pale while the tank has water
     * and orange once the tank (started nearly empty, time scale 10) runs dry; pale again when
     * the forced fill valve refills it. Screenshot: server/target/dashboard-consumer.png.
     */
    @Test
    void theConsumerIsDrawnAndShowsWhenItRunsDry() throws Exception {
        String body = COUNT + "(0x5f, 0x9e, 0xa0)";
        String wet = COUNT + "(0xe0, 0xff, 0xff)";
        String dry = COUNT + "(0xff, 0x8c, 0x00)";
        String text = Scenes.bundledText("tank-pid").replace("level: 1.5,", "level: 0.2,");
        String sid = server.sessions().create(CODE, "Cy#0004", SceneLoader.parse(text, "tank-pid (nearly empty)"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "consumer");
            assertTrue(teacher.eval(body).asInt() > 100, "the pump body is drawn");
            assertTrue(teacher.eval(wet).asInt() > 3, "the dry lamp pale while there is water");
            assertEquals(0, teacher.eval(dry).asInt(), "not dry yet");

            server.sessions().find(sid).submit(new SessionCommand.SetTimeScale(10), CommandReply.NONE);
            teacher.waitFor(tag("level_low") + " === 1 && " + tag("outflow") + " < 0.5", seconds(30), "the tank empty");
            teacher.waitFor(dry + " > 3", seconds(5), "the dry lamp orange");
            Files.write(Path.of("target/dashboard-consumer.png"), teacher.screenshot());

            int i = teacher.eval("state.layout.tags.findIndex(t => t.name === 'fill_valve')").asInt();
            teacher.eval("(() => { const b = [...document.querySelectorAll('#tag-" + i + " td:last-child button')]"
                    + ".find(b => b.textContent === 'force'); b.previousElementSibling.value = '100'; b.click(); })()");
            teacher.waitFor(tag("fill_valve") + " === 100", seconds(10), "the fill valve forced open");
            teacher.waitFor(tag("outflow") + " > 1.9", seconds(30), "the full demand delivered again");
            teacher.waitFor(dry + " === 0", seconds(5), "the dry lamp pale again");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    /**
     * The agitator and the pulse meters of {@code batch-mixer}: the agitator's body, its blade
     * pale at rest and dark when the forced motor runs; a meter's lamp flashing yellow while the
     * forced pump A delivers. Screenshot: server/target/dashboard-batch-mixer.png.
     */
    @Test
    void theAgitatorAndThePulseMetersAreDrawn() throws Exception {
        String body = COUNT + "(0x8b, 0x45, 0x13)";
        String bladeIdle = COUNT + "(0xde, 0xb8, 0x87)";
        String bladeRunning = COUNT + "(0xa0, 0x52, 0x2d)";
        String pulse = COUNT + "(0xff, 0xd7, 0x00)";
        String sid = server.sessions().create(CODE, "Di#0005", Scenes.load("batch-mixer"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "agitator");
            assertTrue(teacher.eval(body).asInt() > 100, "the agitator is drawn");
            assertTrue(teacher.eval(bladeIdle).asInt() > 3, "the blade at rest");
            assertEquals(0, teacher.eval(bladeRunning).asInt(), "not running");
            assertEquals(0, teacher.eval(pulse).asInt(), "no flow, no pulse");
            assertTrue(teacher.eval("state.layout.components.some(c => c.type === 'pulse_meter')").asBoolean());

            force(teacher, "pump_a");
            teacher.waitFor(pulse + " > 3", seconds(10), "meter A's lamp on a pulse");
            teacher.waitFor(pulse + " === 0", seconds(5), "and off between pulses");
            force(teacher, "mixer");
            teacher.waitFor(bladeRunning + " > 3", seconds(10), "the blade running");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-batch-mixer.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    /**
     * The lift of {@code elevator}: the shaft, the car moving along it when forced up, the door
     * strip dark while closed and orange once the forced door motor opens it, the alarm lamp red
     * when the car moves with its door open. Screenshot: server/target/dashboard-elevator.png.
     */
    @Test
    void theLiftIsDrawnWithItsCarDoorAndAlarm() throws Exception {
        String car = COUNT + "(0x41, 0x69, 0xe1)";
        String doorOpen = COUNT + "(0xff, 0xa5, 0x00)";
        String alarm = COUNT + "(0xdc, 0x14, 0x3c)";
        String carX = "(() => { const c = document.getElementById('plant'); const d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; let s = 0, n = 0; for (let i = 0; i < d.length; i += 4)"
                + " if (d[i] === 0x41 && d[i + 1] === 0x69 && d[i + 2] === 0xe1) { s += (i / 4) % c.width; n++; }"
                + " return n ? s / n : -1; })()";
        String sid = server.sessions().create(CODE, "Eve#0006", Scenes.load("elevator"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "lift");
            assertTrue(teacher.eval(car).asInt() > 100, "the car is drawn");
            assertEquals(0, teacher.eval(doorOpen).asInt(), "door closed");
            assertEquals(0, teacher.eval(alarm).asInt(), "no alarm");
            double x0 = teacher.eval(carX).asDouble();

            force(teacher, "door_open");
            teacher.waitFor(doorOpen + " > 3", seconds(10), "the door strip orange");
            force(teacher, "up");
            teacher.waitFor(tag("speed") + " > 0.5", seconds(10), "the car moving");
            teacher.waitFor(alarm + " > 3", seconds(5), "the alarm: moving with the door open");
            teacher.waitFor(carX + " > " + (x0 + 20), seconds(10), "the car drawn further along the shaft");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-elevator.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    /**
     * The car park of {@code car-park}: the lane, the barrier red while closed and green once
     * forced open, the waiting car drawn on the loop and then under the beams. Screenshot:
     * server/target/dashboard-car-park.png.
     */
    @Test
    void theCarParkIsDrawnWithItsBarrierAndCars() throws Exception {
        String closed = COUNT + "(0xff, 0x45, 0x00)";
        String open = COUNT + "(0x22, 0x8b, 0x22)";
        String car = COUNT + "(0x1e, 0x90, 0xff)";
        String sid = server.sessions().create(CODE, "Fay#0007", Scenes.load("car-park"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "car_park");
            assertTrue(teacher.eval(closed).asInt() > 3, "the barrier drawn closed");
            assertEquals(0, teacher.eval(open).asInt());
            teacher.waitFor(tag("entry_loop") + " === 1", seconds(60), "a car on the entry loop");
            teacher.waitFor(car + " > 3", seconds(5), "the waiting car drawn");
            force(teacher, "barrier");
            teacher.waitFor(open + " > 3", seconds(5), "the barrier drawn open");
            teacher.waitFor(tag("beam_a") + " === 1", seconds(10), "the car under beam A");
            teacher.waitFor(car + " > 3", seconds(5), "the car drawn in the lane");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-car-park.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    @Test
    void theInverterBeltAndTheFibreOpticSensorAreDrawn() throws Exception {
        String rollerRunning = COUNT + "(0x1e, 0x90, 0xff)";
        String rollerStopped = COUNT + "(0xa9, 0xa9, 0xa9)";
        String fibreLit = COUNT + "(0xff, 0xa5, 0x00)";
        String sid = server.sessions().create(CODE, "Gus#0008", Scenes.load("sort-encoder"), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            watch(teacher, sid, "inverter_belt");
            assertTrue(teacher.eval(rollerStopped).asInt() > 3, "the roller grey at rest");
            assertEquals(0, teacher.eval(rollerRunning).asInt(), "the roller not lit at rest");
            assertEquals(0, teacher.eval(fibreLit).asInt(), "the fibre-optic sensor dark without a part");
            force(teacher, "belt_hz", 10);
            teacher.waitFor(tag("belt_hz") + " === 10", seconds(10), "the setpoint forced");
            force(teacher, "belt_run");
            teacher.waitFor(tag("belt_run") + " === 1", seconds(10), "the run forced");
            teacher.waitFor(tag("belt_hz_out") + " > 9", seconds(10), "the inverter at 10 Hz");
            teacher.waitFor(rollerRunning + " > 3", seconds(5), "the roller lit");
            teacher.waitFor(fibreLit + " > 3", seconds(60), "a light part under the fibre-optic sensor");
            assertTrue(teacher.eval(tag("encoder") + " > 1000").asBoolean(), "the encoder counted the travel");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-sort-encoder.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    @Test
    void thePneumaticHandlerIsDrawnWithItsCupAndCarriage() throws Exception {
        String sucking = COUNT + "(0x15, 0x65, 0xc0)";
        String holding = COUNT + "(0x2e, 0x8b, 0x57)";
        String carriage = "((r, gr, b) => { const c = document.getElementById('plant');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let s = 0, n = 0;"
                + " for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) < 8 && Math.abs(d[i + 1] - gr) < 8"
                + " && Math.abs(d[i + 2] - b) < 8) { s += (i / 4) % c.width; n++; } return n ? s / n : -1; })(0x60, 0x7d, 0x8b)";
        String sid = server.sessions().create(CODE, "Hal#0009", Scenes.load("pick-and-place"), 1, 30).id();
        try (Page teacher = chromium.open("http://127.0.0.1:" + server.port() + "/")) {
            watch(teacher, sid, "pneumatic_handler");
            assertEquals(0, teacher.eval(sucking).asInt(), "the cup not blue with the vacuum off");
            assertEquals(0, teacher.eval(holding).asInt(), "nothing held at rest");
            double home = teacher.eval(carriage).asDouble();
            assertTrue(home >= 0, "the carriage is drawn");
            force(teacher, "z_lower");
            force(teacher, "vacuum");
            teacher.waitFor(tag("vacuum_ok") + " === 1", seconds(10), "the part gripped");
            teacher.waitFor(sucking + " > 3 && " + holding + " > 3", seconds(5), "the cup sucking and holding");
            force(teacher, "z_lower", 0);
            teacher.waitFor(tag("z_raised") + " === 1", seconds(10), "the cup raised");
            force(teacher, "x_extend");
            teacher.waitFor(tag("x_extended") + " === 1", seconds(10), "carried to the place point");
            teacher.waitFor(carriage + " > " + home + " + 10", seconds(5), "the carriage drawn at the place point");
            assertTrue(teacher.eval(holding).asInt() > 3, "still holding the part");
            assertEquals(0, teacher.eval(tag("crashes")).asInt(), "X moved with Z up");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-pick-and-place.png"), teacher.screenshot());
        }
    }

    /**
     * The stations of {@code production-line}: the magazine's tube (light grey while it holds
     * parts), the press's ram (pale at the top, purple once forced down) and the signal tower's
     * lamps (dark until their actuators are forced on). Screenshot:
     * server/target/dashboard-production-line.png.
     */
    @Test
    void theMagazineThePressAndTheSignalTowerAreDrawn() throws Exception {
        String tube = COUNT + "(0xc0, 0xc0, 0xc0)";
        String ramUp = COUNT + "(0xd0, 0xd0, 0xd0)";
        String ramDown = COUNT + "(0x8b, 0x00, 0x8b)";
        String greenDark = COUNT + "(0x30, 0x5a, 0x30)";
        String greenLit = COUNT + "(0x20, 0xc0, 0x20)";
        String yellowLit = COUNT + "(0xff, 0xd7, 0x00)";
        String sid = server.sessions().create(CODE, "Hal#0009", Scenes.load("production-line"), 1, 30).id();
        try (Page teacher = chromium.open("http://127.0.0.1:" + server.port() + "/")) {
            watch(teacher, sid, "press");
            assertTrue(teacher.eval(tube).asInt() > 3, "the magazine's tube drawn, holding parts");
            assertTrue(teacher.eval(ramUp).asInt() > 3, "the ram drawn at the top");
            assertEquals(0, teacher.eval(ramDown).asInt(), "the ram not down at rest");
            assertTrue(teacher.eval(greenDark).asInt() > 3, "the green lamp drawn dark");
            assertEquals(0, teacher.eval(greenLit).asInt(), "the green lamp off at rest");
            force(teacher, "press_down");
            teacher.waitFor(tag("press_bottom") + " === 1", seconds(10), "the ram at the bottom");
            teacher.waitFor(ramDown + " > 3", seconds(5), "the ram drawn down");
            force(teacher, "light_green");
            force(teacher, "light_yellow");
            teacher.waitFor(greenLit + " > 3", seconds(5), "the green lamp lit");
            teacher.waitFor(yellowLit + " > 3", seconds(5), "the yellow lamp lit");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-production-line.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }
}
