package io.simbase.bench.bridge;

import com.digitalpetri.modbus.Crc16;
import com.digitalpetri.modbus.ModbusPduSerializer;
import com.digitalpetri.modbus.ModbusRtuFrame;
import com.digitalpetri.modbus.ModbusRtuRequestFrameParser;
import com.digitalpetri.modbus.pdu.ModbusPdu;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same slave work as {@link RtuCodecBenchmark#slaveReadHoldingRegisters} done with
 * com.digitalpetri.modbus 2.1.4's codec (its RTU request frame parser, PDU serializers and
 * CRC), for the build-or-buy record in docs/decisions. Only the codec is measured: the
 * library's Netty pipeline and server services would come on top.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DigitalpetriCodecBenchmark {
    @Param({"1", "10", "16"})
    int count;

    private final ModbusRtuRequestFrameParser parser = new ModbusRtuRequestFrameParser();
    private byte[] frame;
    private final ByteBuffer out = ByteBuffer.allocate(256);
    private final double[] values = new double[16];

    @Setup
    public void setUp() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(256);
        b.put((byte) 1);
        ModbusPduSerializer.DefaultRequestSerializer.INSTANCE.encode(new ReadHoldingRegistersRequest(0, count), b);
        Crc16 crc = new Crc16();
        crc.update(ByteBuffer.wrap(b.array(), 0, b.position()));
        int c = crc.getValue();
        b.put((byte) c).put((byte) (c >>> 8));
        frame = new byte[b.position()];
        System.arraycopy(b.array(), 0, frame, 0, frame.length);
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 3;
        }
    }

    @Benchmark
    public int slaveReadHoldingRegisters() throws Exception {
        parser.reset();
        ModbusRtuRequestFrameParser.ParserState state = parser.parse(frame);
        if (!(state instanceof ModbusRtuRequestFrameParser.Accumulated acc)) {
            throw new IllegalStateException("incomplete frame: " + state);
        }
        ModbusRtuFrame f = acc.frame();
        Crc16 crc = new Crc16();
        crc.update(f.unitId());
        crc.update(f.pdu().duplicate());
        ByteBuffer got = f.crc().duplicate();
        if ((got.get() & 0xFF | (got.get() & 0xFF) << 8) != crc.getValue()) {
            throw new IllegalStateException("bad crc");
        }
        ByteBuffer pdu = f.pdu().duplicate();
        int fc = pdu.get(pdu.position()) & 0xFF;
        ModbusPdu request = ModbusPduSerializer.DefaultRequestSerializer.INSTANCE.decode(fc, pdu);
        ReadHoldingRegistersRequest r = (ReadHoldingRegistersRequest) request;
        byte[] registers = new byte[r.quantity() * 2];
        for (int i = 0; i < r.quantity(); i++) {
            int v = (int) Math.rint(values[r.address() + i]) & 0xFFFF;
            registers[2 * i] = (byte) (v >>> 8);
            registers[2 * i + 1] = (byte) v;
        }
        out.clear();
        out.put((byte) f.unitId());
        ModbusPduSerializer.DefaultResponseSerializer.INSTANCE.encode(new ReadHoldingRegistersResponse(registers), out);
        Crc16 outCrc = new Crc16();
        outCrc.update(ByteBuffer.wrap(out.array(), 0, out.position()));
        int c = outCrc.getValue();
        out.put((byte) c).put((byte) (c >>> 8));
        return out.position();
    }
}
