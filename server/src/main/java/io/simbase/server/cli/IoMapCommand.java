package io.simbase.server.cli;

import io.simbase.bridge.map.DefaultModbusMap;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;
import io.simbase.engine.scene.Scene;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code simbase io-map SCENE}: the scene's I/O table with default Modbus addresses. */
@Command(name = "io-map", mixinStandardHelpOptions = true,
        description = {"Print a scene's I/O table: tags in declaration order with their default Modbus table and",
            "0-based address. Real tags travel as 0..10000 over their range; int tags as themselves."})
final class IoMapCommand implements Callable<Integer> {
    enum Format { table, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENE", description = "A bundled scene id or a scene file.")
    String scene;

    @Option(names = "--format", defaultValue = "table", description = "table or csv (header: tag,type,direction,table,address).")
    Format format;

    @Override
    public Integer call() {
        Scene s = SceneArg.load(scene);
        DefaultModbusMap map = DefaultModbusMap.of(s.layout());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            out.println("tag,type,direction,table,address");
            for (TagDef t : s.layout().tags()) {
                out.println(t.name() + ',' + t.type().key() + ',' + t.direction().key() + ',' + map.table(t).key() + ','
                        + map.address(t));
            }
        } else {
            out.printf("# %s: %s%n", s.id(), s.title());
            out.printf("%-20s %-5s %-9s %-17s %7s  %-16s %s%n", "tag", "type", "direction", "table", "address",
                    "range", "description");
            for (TagDef t : s.layout().tags()) {
                String range = t.type() == TagType.BOOL ? "" : fmt(t.min()) + ".." + fmt(t.max()) + (t.unit().isEmpty() ? "" : " " + t.unit());
                out.printf("%-20s %-5s %-9s %-17s %7d  %-16s %s%n", t.name(), t.type().key(), t.direction().key(),
                        map.table(t).key(), map.address(t), range, t.description());
            }
        }
        out.flush();
        return 0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
