package io.simbase.bridge.rtu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.Watchdog;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.serial.JsscSerialLink;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.bridge.testing.Peers;
import io.simbase.bridge.testing.PtyPair;
import io.simbase.bridge.testing.TestPlant;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comm-loss watchdog of a slave rig polled by mbpoll: silence sends actuators to the safe state. */
class WatchdogTest {
    @TempDir
    Path dir;

    @Test
    void silenceZeroesActuatorsOnceAndTheNextRequestRestores() throws Exception {
        try (PtyPair pty = new PtyPair(dir)) {
            TestPlant plant = new TestPlant();
            plant.set("count", 42);
            RegisterMap map = RegisterMap.defaults(plant.layout());
            CommHealth health = new CommHealth();
            LineSettings line = LineSettings.of8N1(pty.a(), 19200);
            RtuSlave slave = new RtuSlave(JsscSerialLink.open(line), null, pty.a(), 1, new TagImage(plant, map), health,
                    TimeUnit.MILLISECONDS.toNanos(5), TimeUnit.MICROSECONDS.toNanos(100),
                    TimeUnit.MILLISECONDS.toNanos(100)).start();
            String[] mbpoll = {"mbpoll", "-m", "rtu", "-b", "19200", "-P", "none", "-a", "1", "-0", "-1", "-o", "2"};
            try {
                Peers.Result w = Peers.run(20_000, concat(mbpoll, "-t", "0", "-r", "0", pty.b(), "1", "1"));
                assertEquals(0, w.exitCode(), w.toString());
                Peers.Result r = Peers.run(20_000, concat(mbpoll, "-t", "4", "-r", "0", pty.b(), "5000", "300"));
                assertEquals(0, r.exitCode(), r.toString());
                assertEquals(1.0, plant.get("belt_on"));
                assertEquals(300.0, plant.get("setpoint"));

                AtomicInteger lost = new AtomicInteger();
                AtomicInteger restored = new AtomicInteger();
                try (Watchdog dog = new Watchdog(health, plant, map, Watchdog.SafeState.ZERO,
                        TimeUnit.MILLISECONDS.toNanos(1000), new Watchdog.Listener() {
                            @Override
                            public void commLost(long silentNanos) {
                                lost.incrementAndGet();
                            }

                            @Override
                            public void commRestored() {
                                restored.incrementAndGet();
                            }
                        }, "test").start()) {
                    Peers.await(10_000, "the watchdog to trip", () -> lost.get() == 1);
                    assertTrue(dog.tripped());
                    assertEquals(0.0, plant.get("belt_on"));
                    assertEquals(0.0, plant.get("lamp"));
                    assertEquals(0.0, plant.get("speed"));
                    assertEquals(0.0, plant.get("setpoint"));
                    assertEquals(42.0, plant.get("count"), "sensors are not the rig's to reset");

                    Peers.Result again = Peers.run(20_000, concat(mbpoll, "-t", "3", "-r", "1", pty.b()));
                    assertEquals(0, again.exitCode(), again.toString());
                    Peers.await(10_000, "the watchdog to re-arm", () -> restored.get() == 1);
                    assertEquals(1, lost.get(), "one event per loss, not one per check");
                }
            } finally {
                slave.close();
            }
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
