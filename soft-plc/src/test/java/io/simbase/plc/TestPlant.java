package io.simbase.plc;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagType;
import java.util.List;

/**
 * A small plant for language tests: a process image in an array (the tags a test sets and
 * reads) and a PLC scanning it every 5 ms of simulated time.
 */
final class TestPlant implements ProcessIo {
    static final long STEP_NANOS = 5_000_000L;
    static final IoLayout LAYOUT = IoLayout.builder()
            .add("in_a", TagType.BOOL, Direction.SENSOR, 0, 1, "", "")
            .add("in_b", TagType.BOOL, Direction.SENSOR, 0, 1, "", "")
            .add("in_n", TagType.INT, Direction.SENSOR, -32768, 32767, "", "")
            .add("in_r", TagType.REAL, Direction.SENSOR, 0, 10, "m", "")
            .add("out_a", TagType.BOOL, Direction.ACTUATOR, 0, 1, "", "")
            .add("out_n", TagType.INT, Direction.ACTUATOR, 0, 65535, "", "")
            .add("out_r", TagType.REAL, Direction.ACTUATOR, 0, 100, "%", "")
            .build();

    /**
     * The test plant's Modbus map, written out: discrete inputs in_a 0, in_b 1; input registers
     * in_n 0, in_r 1; coil out_a 0; holding registers out_n 0, out_r 1. Registers carry the
     * engine's default encoding (a real tag scaled to 0..10000 over its range).
     */
    static final AddressMap ADDRESSES = new AddressMap() {
        private final String[][] names = {{"in_a", "in_b"}, {"out_a"}, {"in_n", "in_r"}, {"out_n", "out_r"}};

        @Override
        public int tagAt(IoArea area, int address) {
            String[] inArea = names[area.ordinal()];
            return address >= 0 && address < inArea.length ? LAYOUT.indexOf(inArea[address]) : -1;
        }

        @Override
        public int toRegister(int tag, double value) {
            return LAYOUT.tag(tag).toRegister(value);
        }

        @Override
        public double fromRegister(int tag, int register) {
            return LAYOUT.tag(tag).fromRegister(register);
        }
    };

    final double[] tags = new double[LAYOUT.size()];
    final Plc plc = new Plc(this, STEP_NANOS);
    long simNanos;
    int writes;

    static TestPlant of(String source) {
        CompileResult r = PlcCompiler.compile(source, "test.st", LAYOUT, ADDRESSES);
        if (!r.ok()) {
            throw new AssertionError("does not compile:\n" + String.join("\n", r.errors().stream().map(Object::toString).toList()));
        }
        TestPlant p = new TestPlant();
        p.plc.load(r.program());
        p.plc.run();
        return p;
    }

    static List<CompileError> errors(String source) {
        return PlcCompiler.compile(source, "test.st", LAYOUT, ADDRESSES).errors();
    }

    /** A PROGRAM with these declarations and this body. */
    static String program(String vars, String body) {
        return "PROGRAM test\nVAR\n" + vars + "\nEND_VAR\n" + body + "\nEND_PROGRAM\n";
    }

    /** One step of 5 ms: a scan at the current time, then time moves on. */
    TestPlant scan() {
        plc.step(simNanos);
        simNanos += STEP_NANOS;
        return this;
    }

    TestPlant scans(int n) {
        for (int i = 0; i < n; i++) {
            scan();
        }
        return this;
    }

    TestPlant set(String tag, double value) {
        tags[LAYOUT.indexOf(tag)] = value;
        return this;
    }

    double tag(String tag) {
        return tags[LAYOUT.indexOf(tag)];
    }

    double var(String name) {
        int i = plc.program().watch().indexOf(name);
        if (i < 0) {
            throw new AssertionError("no variable " + name + " in " + plc.program().watch());
        }
        return plc.watchValue(i);
    }

    long longVar(String name) {
        return (long) var(name);
    }

    boolean bool(String name) {
        return var(name) != 0;
    }

    @Override
    public double read(int tag) {
        return tags[tag];
    }

    @Override
    public void write(int tag, double value) {
        tags[tag] = value;
        writes++;
    }
}
