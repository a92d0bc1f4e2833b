package io.simbase.server.cli;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.Scenes;
import io.simbase.server.DataLock;
import io.simbase.server.record.Recording;
import io.simbase.server.record.RecordingException;
import io.simbase.server.record.Replayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code simbase replay RECORDING [--hash]}: re-runs a recorded session headless. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-runs a recorded session (data/recordings/*.simrec) and checks its recorded hashes.")
public final class ReplayCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RECORDING")
    Path file;
    @Option(names = "--hash", description = "print the final state hash as the last line: hash=<hex>")
    boolean hash;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Recording rec;
        try {
            rec = Recording.read(file);
        } catch (NoSuchFileException e) {
            throw new UserException("no such recording: " + file);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RecordingException e) {
            throw new UserException(e.getMessage());
        }
        Scene scene;
        try {
            scene = Scenes.load(uploadedScene(file, rec.scene()));
        } catch (SceneException e) {
            throw new UserException("recording's scene does not load: " + e.getMessage());
        }
        Replayer.Result r;
        try {
            r = Replayer.replay(rec, scene, file.toString());
        } catch (RecordingException e) {
            throw new UserException(e.getMessage());
        }
        if (!r.ended()) {
            spec.commandLine().getErr().println("simbase: " + liveOrCut(file));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("scene=" + rec.scene() + " seed=" + rec.seed() + " steps=" + r.step() + " records=" + r.records()
                + " hashes_checked=" + r.checkpoints() + " ended=" + r.ended() + (r.truncated() ? " truncated=true" : ""));
        if (hash) {
            out.println("hash=" + r.hashHex());
        }
        return 0;
    }

    /**
     * A scene an instructor uploaded lives in the data folder, beside the recordings folder
     * ({@code <data>/scenes/<id>.yaml}): its path when the id is not bundled and that file exists,
     * else the id.
     */
    static String uploadedScene(Path recording, String sceneId) {
        Path folder = recording.toAbsolutePath().getParent();
        Path data = folder == null ? null : folder.getParent();
        if (data == null || Scenes.bundledIds().contains(sceneId)) {
            return sceneId;
        }
        Path uploaded = data.resolve("scenes").resolve(sceneId + ".yaml");
        return java.nio.file.Files.isRegularFile(uploaded) ? uploaded.toString() : sceneId;
    }

    /** Why a recording has no end record: its session is still running, or its server died. */
    static String liveOrCut(Path recording) {
        Path folder = recording.toAbsolutePath().getParent();
        Path data = folder == null ? null : folder.getParent();
        if (data != null && DataLock.isHeld(data)) {
            return "note: " + recording + " is still being written (its session is live on a running server): "
                    + "this replays the steps recorded so far, and the hash changes as the session goes on";
        }
        return "note: " + recording + " has no end record (its server stopped without closing it): "
                + "replayed up to its last complete record";
    }
}
