package io.simbase.plc.engine;

import io.simbase.engine.scene.Scenes;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.world.World;
import io.simbase.plc.AddressMap;
import io.simbase.plc.CompileResult;
import io.simbase.plc.PlcCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A bundled scene with a bundled reference program in the loop, headless, recording where
 * every part went (part type name to remover id).
 */
final class PlantRun {
    final World world;
    final WorldPlc loop;
    final Map<Integer, String> typeOfPart = new HashMap<>();
    /** "type->remover" counts. */
    final Map<String, Integer> routes = new HashMap<>();
    int lost;
    int created;

    PlantRun(String scene, String program) throws Exception {
        world = Scenes.load(scene).newWorld();
        // The reference programs use tag names, no AT addresses.
        CompileResult r = PlcCompiler.compile(source(program), program, world.layout(), AddressMap.NONE);
        if (!r.ok()) {
            throw new AssertionError(r.errors().toString());
        }
        loop = new WorldPlc(world, r.program());
        world.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.PART_CREATED) {
                created++;
                typeOfPart.put(subject, world.parts().type((int) value).name());
            } else if (kind == EventKind.PART_REMOVED) {
                routes.merge(typeOfPart.get(subject) + "->" + world.components().get((int) value).id(), 1, Integer::sum);
            } else if (kind == EventKind.PART_LOST) {
                lost++;
            }
        });
    }

    static String source(String program) throws IOException {
        try (InputStream in = PlantRun.class.getResourceAsStream("/simbase/programs/" + program)) {
            if (in == null) {
                throw new AssertionError("no bundled program " + program);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    double tag(String name) {
        return world.io().get(world.layout().indexOf(name));
    }

    /** An operator input (panel button, selector, setpoint). */
    PlantRun operate(String tag, double value) {
        world.setInput(tag, value);
        return this;
    }

    PlantRun seconds(double s) {
        long n = Math.round(s * 1e9 / world.stepNanos());
        for (long i = 0; i < n; i++) {
            loop.step();
        }
        return this;
    }

    /** Presses a button for 0.2 s. */
    PlantRun press(String tag) {
        return operate(tag, 1).seconds(0.2).operate(tag, 0);
    }
}
