package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbase.protocol.v1.PlcStatus;
import io.simbase.protocol.v1.ServerMessage;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand encoder writes exactly the bytes the generated protobuf classes write for the same status. */
class PlcStatusEncoderTest {
    private static byte[] encoded(PlcStatusEncoder e, int len) {
        return Arrays.copyOf(e.buffer(), len);
    }

    private static byte[] generated(PlcStatus.Builder b) {
        return ServerMessage.newBuilder().setPlcStatus(b).build().toByteArray();
    }

    @Test
    void aStoppedProgramWithNothingSetIsTheSessionIdAndStateOnly() {
        PlcStatusEncoder e = new PlcStatusEncoder("s-1");
        int n = e.encode(PlcStatus.State.STOP_VALUE, 0, 0, 0, 0.0, new double[0], null, 0, false);
        assertArrayEquals(generated(PlcStatus.newBuilder().setSessionId("s-1").setState(PlcStatus.State.STOP)),
                encoded(e, n));
    }

    @Test
    void aFullWatchIsEveryValueInOrder() {
        PlcStatusEncoder e = new PlcStatusEncoder("abc");
        double[] v = {0, 1, -0.0, 2.5, Double.NaN, 1e300, -7};
        int n = e.encode(PlcStatus.State.RUN_VALUE, 0, 123_456_789_012L, 4321, 0.75, v, null, v.length, false);
        PlcStatus.Builder b = PlcStatus.newBuilder().setSessionId("abc").setState(PlcStatus.State.RUN)
                .setScans(123_456_789_012L).setScanOperations(4321).setScanMicros(0.75);
        for (double x : v) {
            b.addWatchValues(x);
        }
        assertArrayEquals(generated(b), encoded(e, n));
    }

    @Test
    void aDeltaCarriesTheChangedPositionsAndTheirValues() {
        SplittableRandom r = new SplittableRandom(9);
        for (int round = 0; round < 200; round++) {
            int size = r.nextInt(1, 400); // up to 3.2 kB: one- and two-byte lengths
            double[] v = new double[size];
            PlcStatusEncoder e = new PlcStatusEncoder("session-" + round);
            int[] at = e.positions(size);
            int count = 0;
            PlcStatus.Builder b = PlcStatus.newBuilder().setSessionId("session-" + round).setState(PlcStatus.State.RUN)
                    .setScans(round).setScanOperations(r.nextInt(0, 100_000)).setScanMicros(r.nextDouble() * 10)
                    .setWatchDelta(true);
            for (int i = 0; i < size; i++) {
                v[i] = r.nextInt(3) == 0 ? 0 : r.nextDouble(-1e6, 1e6);
                if (r.nextInt(4) == 0) {
                    at[count++] = i;
                    b.addWatchIndex(i).addWatchValues(v[i]);
                }
            }
            PlcStatus s = b.build();
            int n = e.encode(PlcStatus.State.RUN_VALUE, 0, round, s.getScanOperations(), s.getScanMicros(), v, at, count,
                    true);
            assertArrayEquals(generated(s.toBuilder()), encoded(e, n), "round " + round);
        }
    }

    @Test
    void aFaultCarriesItsLineTextCodeAndArgumentsUntilCleared() {
        PlcStatusEncoder e = new PlcStatusEncoder("s");
        e.fault("division by zero in 'a / b'", "division_by_zero", new String[] {"a / b", "除数"});
        int n = e.encode(PlcStatus.State.FAULT_VALUE, 17, 5, 12, 1.5, new double[0], e.positions(0), 0, true);
        assertArrayEquals(generated(PlcStatus.newBuilder().setSessionId("s").setState(PlcStatus.State.FAULT)
                .setFaultLine(17).setFaultMessage("division by zero in 'a / b'").setScans(5).setScanOperations(12)
                .setScanMicros(1.5).setWatchDelta(true).setFaultCode("division_by_zero")
                .addFaultArgs("a / b").addFaultArgs("除数")), encoded(e, n));

        e.fault(null, null, null);
        n = e.encode(PlcStatus.State.STOP_VALUE, 0, 0, 0, 0, new double[0], null, 0, false);
        assertEquals(PlcStatus.newBuilder().setSessionId("s").setState(PlcStatus.State.STOP).build(),
                parse(e, n).getPlcStatus());
    }

    @Test
    void aWatchLargerThanTheFirstBufferGrowsIt() {
        PlcStatusEncoder e = new PlcStatusEncoder("s");
        double[] v = new double[5000];
        Arrays.fill(v, 3.25);
        int n = e.encode(PlcStatus.State.RUN_VALUE, 0, 1, 1, 1, v, null, v.length, false);
        assertEquals(5000, parse(e, n).getPlcStatus().getWatchValuesCount());
    }

    private static ServerMessage parse(PlcStatusEncoder e, int n) {
        try {
            return ServerMessage.parseFrom(encoded(e, n));
        } catch (com.google.protobuf.InvalidProtocolBufferException x) {
            throw new AssertionError(x);
        }
    }
}
