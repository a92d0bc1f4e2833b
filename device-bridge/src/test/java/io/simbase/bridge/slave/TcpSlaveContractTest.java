package io.simbase.bridge.slave;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.modbus.DataModel;
import io.simbase.bridge.modbus.Transactor;
import io.simbase.bridge.tcp.ModbusTcpClient;
import io.simbase.bridge.tcp.ModbusTcpServer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The slave contract over Modbus TCP: our server on a loopback port. */
class TcpSlaveContractTest extends SlaveTransportContract {
    ModbusTcpServer server;
    ModbusTcpClient client;

    @Override
    void startSlave(Supplier<DataModel> models, CommHealth health) throws Exception {
        server = new ModbusTcpServer(new InetSocketAddress("127.0.0.1", 0), UNIT, models, health, 4).start();
    }

    @Override
    List<String> mbpollTarget() {
        return List.of("-m", "tcp", "-p", String.valueOf(server.port()), "127.0.0.1");
    }

    @Override
    Transactor rawMaster() throws Exception {
        if (client == null) {
            client = ModbusTcpClient.connect("127.0.0.1", server.port(), new CommHealth(), TimeUnit.SECONDS.toNanos(2), 0);
        }
        return client;
    }

    @Override
    void stopSlave() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
