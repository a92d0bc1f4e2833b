package io.simbase.bench.bridge;

import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.modbus.Crc16;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.MasterPdu;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.modbus.RtuFraming;
import io.simbase.bridge.modbus.SlavePdu;
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
 * The bridge's per-transaction CPU work without the wire: the slave's request decode (frame
 * length, CRC check, PDU decode, snapshot of the plant, reply encode, CRC) and the master's
 * request encode and reply decode. Run with {@code -prof gc}: the contract is zero bytes
 * allocated per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RtuCodecBenchmark {
    /** Registers (or bits) per request. */
    @Param({"1", "10", "16"})
    int count;

    private SlavePdu slave;
    private final byte[] readRequest = new byte[Fc.MAX_RTU_ADU];
    private int readRequestLen;
    private final byte[] writeRequest = new byte[Fc.MAX_RTU_ADU];
    private int writeRequestLen;
    private final byte[] reply = new byte[Fc.MAX_RTU_ADU];
    private final byte[] masterPdu = new byte[Fc.MAX_PDU];
    private final byte[] masterAdu = new byte[Fc.MAX_RTU_ADU];
    private final byte[] slaveReply = new byte[Fc.MAX_RTU_ADU];
    private int slaveReplyLen;
    private final int[] words = new int[125];

    @Setup
    public void setUp() {
        ArrayPlant plant = new ArrayPlant();
        slave = new SlavePdu(new TagImage(plant, RegisterMap.defaults(plant.layout())));
        byte[] pdu = new byte[Fc.MAX_PDU];
        int len = MasterPdu.read(pdu, ModbusTable.HOLDING_REGISTER, 0, count);
        readRequest[0] = 1;
        System.arraycopy(pdu, 0, readRequest, 1, len);
        readRequestLen = Crc16.append(readRequest, 1 + len);
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = i * 7;
        }
        len = MasterPdu.writeRegisters(pdu, 0, values, count);
        writeRequest[0] = 1;
        System.arraycopy(pdu, 0, writeRequest, 1, len);
        writeRequestLen = Crc16.append(writeRequest, 1 + len);
        slaveReplyLen = serve(readRequest, readRequestLen);
        System.arraycopy(reply, 0, slaveReply, 0, slaveReplyLen);
    }

    /** What the RTU slave does between the request's last byte and the reply's first byte. */
    private int serve(byte[] adu, int len) {
        int need = RtuFraming.requestLength(adu, len);
        if (need != len || !Crc16.check(adu, need)) {
            throw new IllegalStateException("bad frame");
        }
        reply[0] = adu[0];
        int n = slave.handle(adu, 1, need - 3, reply, 1);
        return Crc16.append(reply, 1 + n);
    }

    @Benchmark
    public int slaveReadHoldingRegisters() {
        return serve(readRequest, readRequestLen);
    }

    @Benchmark
    public int slaveWriteMultipleRegisters() {
        return serve(writeRequest, writeRequestLen);
    }

    /** What the RTU master does to send a read and take its reply apart. */
    @Benchmark
    public int masterEncodeReadDecodeReply() {
        int len = MasterPdu.read(masterPdu, ModbusTable.HOLDING_REGISTER, 0, count);
        masterAdu[0] = 1;
        System.arraycopy(masterPdu, 0, masterAdu, 1, len);
        int adu = Crc16.append(masterAdu, 1 + len);
        int need = RtuFraming.responseLength(slaveReply, slaveReplyLen);
        if (need != slaveReplyLen || !Crc16.check(slaveReply, need)) {
            throw new IllegalStateException("bad reply");
        }
        System.arraycopy(slaveReply, 1, masterPdu, 0, need - 3);
        if (!MasterPdu.decodeRead(masterPdu, need - 3, ModbusTable.HOLDING_REGISTER, count, words)) {
            throw new IllegalStateException("reply does not match");
        }
        return adu + words[count - 1];
    }
}
