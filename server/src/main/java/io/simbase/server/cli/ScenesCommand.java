package io.simbase.server.cli;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code simbase scenes}: one line per bundled scene, its id first. */
@Command(name = "scenes", mixinStandardHelpOptions = true,
        description = "List the bundled scenes: id, step, tag count, title.")
final class ScenesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String id : Scenes.bundledIds()) {
            Scene s = SceneArg.load(id);
            out.printf("%-18s step=%sms tags=%-3d %s%n", s.id(), s.stepNanos() / 1e6, s.layout().size(), s.title());
        }
        out.flush();
        return 0;
    }
}
