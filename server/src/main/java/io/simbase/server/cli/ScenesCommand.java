package io.simbase.server.cli;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simbase scenes}: one line per bundled scene, its id first. */
@Command(name = "scenes", mixinStandardHelpOptions = true,
        description = "List the bundled scenes in curriculum order: id, step, tag count, title.")
final class ScenesCommand implements Callable<Integer> {
    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|zh",
            description = "language of the titles: en (default) or zh")
    TitleLanguage lang;

    @Override
    public Integer call() {
        PrintWriter out = TitleLanguage.utf8Out();
        for (String id : Scenes.bundledIds()) {
            Scene s = SceneArg.load(id);
            out.printf("%-18s step=%sms tags=%-3d %s%n", s.id(), s.stepNanos() / 1e6, s.layout().size(),
                    lang.pick(s.title(), s.titleZh()));
        }
        out.flush();
        return 0;
    }
}
