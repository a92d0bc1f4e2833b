package io.simbase.bridge.serial;

import java.util.List;
import jssc.SerialPortList;

/** Lists serial ports the OS offers (ttyS*, ttyUSB*, ttyACM*, ...) through jssc. */
public final class SerialPorts {
    private SerialPorts() {
    }

    /** Port device paths, sorted; empty when none. */
    public static List<String> list() {
        JsscInit.ensure();
        String[] names = SerialPortList.getPortNames();
        return names == null ? List.of() : List.of(names).stream().sorted().toList();
    }
}
