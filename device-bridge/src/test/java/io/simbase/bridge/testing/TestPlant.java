package io.simbase.bridge.testing;

import io.simbase.bridge.plant.PlantIo;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagType;

/**
 * A plant without a world, for bridge tests: values set by the test, submitted writes applied
 * at once and counted. The wire under test is real; only the world behind it is replaced.
 */
public final class TestPlant implements PlantIo {
    /** Sensors: photo_eye (di 0), at_end (di 1), level_m (ir 0, real 0..3), count (ir 1, int 0..1000). */
    public static IoLayout standardLayout() {
        return IoLayout.builder()
                .add("photo_eye", TagType.BOOL, Direction.SENSOR, 0, 1, "", "part at entry")
                .add("at_end", TagType.BOOL, Direction.SENSOR, 0, 1, "", "part at end")
                .add("level_m", TagType.REAL, Direction.SENSOR, 0, 3, "m", "tank level")
                .add("count", TagType.INT, Direction.SENSOR, 0, 1000, "", "parts counted")
                .add("belt_on", TagType.BOOL, Direction.ACTUATOR, 0, 1, "", "belt motor")
                .add("lamp", TagType.BOOL, Direction.ACTUATOR, 0, 1, "", "pilot light")
                .add("speed", TagType.REAL, Direction.ACTUATOR, 0, 2, "m/s", "belt speed")
                .add("setpoint", TagType.INT, Direction.ACTUATOR, 0, 500, "", "batch size")
                .build();
    }

    private final IoLayout layout;
    private final double[] values;
    private long writes;

    public TestPlant() {
        this(standardLayout());
    }

    public TestPlant(IoLayout layout) {
        this.layout = layout;
        this.values = new double[layout.size()];
    }

    @Override
    public IoLayout layout() {
        return layout;
    }

    @Override
    public synchronized long readTags(double[] dest) {
        System.arraycopy(values, 0, dest, 0, values.length);
        return writes;
    }

    @Override
    public synchronized boolean submit(int tagIndex, double value) {
        values[tagIndex] = value;
        writes++;
        return true;
    }

    public synchronized void set(String tag, double value) {
        values[layout.indexOf(tag)] = value;
    }

    public synchronized double get(String tag) {
        return values[layout.indexOf(tag)];
    }

    public synchronized long writes() {
        return writes;
    }
}
