package io.simbase.bench.bridge;

import io.simbase.bridge.plant.PlantIo;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagType;

/**
 * A plant of plain arrays for the bridge benchmarks: 16 int actuators (holding registers 0..15),
 * 16 int sensors (input registers 0..15), 16 bool sensors (discrete inputs 0..15). Writes are
 * applied at once; nothing is queued, so the codec is measured alone.
 */
final class ArrayPlant implements PlantIo {
    private final IoLayout layout;
    private final double[] values;

    ArrayPlant() {
        IoLayout.Builder b = IoLayout.builder();
        for (int i = 0; i < 16; i++) {
            b.add("out" + i, TagType.INT, Direction.ACTUATOR, 0, 65535, "", "");
            b.add("in" + i, TagType.INT, Direction.SENSOR, 0, 65535, "", "");
            b.add("bit" + i, TagType.BOOL, Direction.SENSOR, 0, 1, "", "");
        }
        layout = b.build();
        values = new double[layout.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 2;
        }
    }

    @Override
    public IoLayout layout() {
        return layout;
    }

    @Override
    public long readTags(double[] dest) {
        System.arraycopy(values, 0, dest, 0, values.length);
        return 0;
    }

    @Override
    public boolean submit(int tagIndex, double value) {
        values[tagIndex] = value;
        return true;
    }
}
