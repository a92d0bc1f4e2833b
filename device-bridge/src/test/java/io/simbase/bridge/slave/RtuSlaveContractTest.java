package io.simbase.bridge.slave;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.modbus.DataModel;
import io.simbase.bridge.modbus.Transactor;
import io.simbase.bridge.rtu.RtuMaster;
import io.simbase.bridge.rtu.RtuSlave;
import io.simbase.bridge.serial.JsscSerialLink;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.bridge.testing.PtyPair;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;

/** The slave contract over Modbus RTU: our slave on one end of a socat pty pair. */
class RtuSlaveContractTest extends SlaveTransportContract {
    @TempDir
    Path dir;
    PtyPair pty;
    RtuSlave slave;
    JsscSerialLink masterLink;
    RtuMaster master;

    @Override
    void startSlave(Supplier<DataModel> models, CommHealth health) throws Exception {
        pty = new PtyPair(dir);
        LineSettings line = LineSettings.of8N1(pty.a(), 19200);
        slave = new RtuSlave(JsscSerialLink.open(line), () -> JsscSerialLink.open(line), pty.a(), UNIT, models.get(),
                health, 5_000_000L, 100_000L, 50_000_000L).start();
    }

    @Override
    List<String> mbpollTarget() {
        return List.of("-m", "rtu", "-b", "19200", "-P", "none", pty.b());
    }

    @Override
    Transactor rawMaster() throws Exception {
        if (master == null) {
            masterLink = JsscSerialLink.open(LineSettings.of8N1(pty.b(), 19200));
            master = new RtuMaster(masterLink, new CommHealth(), TimeUnit.SECONDS.toNanos(2),
                    TimeUnit.MILLISECONDS.toNanos(20), 0, TimeUnit.MICROSECONDS.toNanos(100));
        }
        return master;
    }

    @Override
    void stopSlave() {
        if (masterLink != null) {
            masterLink.close();
        }
        if (slave != null) {
            slave.close();
        }
        if (pty != null) {
            pty.close();
        }
    }
}
