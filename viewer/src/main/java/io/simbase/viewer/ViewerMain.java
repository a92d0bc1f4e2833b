package io.simbase.viewer;

import io.simbase.viewer.app.ViewerApp;
import io.simbase.viewer.local.EmbeddedServer;
import io.simbase.viewer.net.Credentials;
import io.simbase.viewer.net.PlcProgram;
import io.simbase.viewer.net.ServerLink;
import io.simbase.viewer.ui.Messages;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code simbase view}: the 3D workstation viewer. Exit codes: 0 done, 1 failure (no display,
 * server unreachable for a screenshot, refused), 2 command-line misuse; errors are one line.
 */
@Command(name = "view", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The 3D workstation viewer of a live session.",
            "Student:    view --server ws://HOST:7070 --join CODE --name NAME [--scene ID]",
            "Instructor: view --server ws://HOST:7070 --session ID --user NAME --password PW",
            "Preview:    view --local SCENE [--plc PROGRAM.st] (an embedded server in this process, no sign-in;",
            "            SCENE is a bundled scene's id or a scene file)"})
public final class ViewerMain implements Callable<Integer> {
    private static final long MAX_PROGRAM_BYTES = 1 << 20;

    @Option(names = "--server", paramLabel = "URL", description = "server address, ws://HOST:PORT (the /ws path is added)")
    String server;
    @Option(names = "--join", paramLabel = "CODE", description = "class join code (students)")
    String join;
    @Option(names = "--name", paramLabel = "NAME", description = "display name (students)")
    String name;
    @Option(names = "--scene", paramLabel = "ID", description = "scene of a new session (students: else the latest own session)")
    String scene;
    @Option(names = "--session", paramLabel = "ID", description = "session to watch (staff)")
    String session;
    @Option(names = "--user", paramLabel = "NAME", description = "staff user name")
    String user;
    @Option(names = "--password", paramLabel = "PW", description = "staff password (or env SIMBASE_PASSWORD)")
    String password;
    @Option(names = "--local", paramLabel = "SCENE", description = "run SCENE (a bundled id or a scene file) on an embedded server in this process")
    String local;
    @Option(names = "--plc", paramLabel = "PROGRAM.st", description = "load this Structured Text program into the session's soft PLC and run it")
    Path plc;
    @Option(names = "--screenshot", paramLabel = "FILE", description = "render off-screen, write a PNG and exit")
    Path screenshot;
    @Option(names = "--after", paramLabel = "SECONDS", defaultValue = "2", description = "live time before the screenshot (default ${DEFAULT-VALUE})")
    double after;
    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "screenshots to take (N > 1: FILE gets -1, -2, ... before .png)")
    int count;
    @Option(names = "--every", paramLabel = "SECONDS", defaultValue = "1", description = "time between screenshots (default ${DEFAULT-VALUE})")
    double every;
    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800", description = "window or picture size (default ${DEFAULT-VALUE})")
    String size;
    @Option(names = "--lang", paramLabel = "zh|en", description = "language of the texts (default: the system's)")
    String lang;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command; returns the exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new ViewerMain());
        cl.setParameterExceptionHandler((ex, a) -> {
            System.err.println("simbase view: " + ex.getMessage() + " (see --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            System.err.println("simbase view: " + ex.getMessage());
            return ex instanceof UsageError ? 2 : 1;
        });
        return cl.execute(args);
    }

    /** A command-line misuse found after parsing. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        int[] wh = parseSize(size);
        Messages.Lang language = parseLang(lang);
        if (after < 0 || after > 3600) {
            throw new UsageError("--after must be between 0 and 3600 seconds");
        }
        if (count < 1 || count > 1000 || every < 0 || every > 3600) {
            throw new UsageError("--count must be 1 to 1000 and --every 0 to 3600 seconds");
        }
        if (screenshot == null && (count != 1)) {
            throw new UsageError("--count is for --screenshot");
        }
        PlcProgram program = plc == null ? null : readProgram(plc);
        EmbeddedServer embedded = null;
        URI uri;
        Credentials credentials;
        if (local != null) {
            if (server != null || join != null || session != null) {
                throw new UsageError("--local runs its own server: leave out --server, --join and --session");
            }
            Path sceneFile = sceneFile(local);
            embedded = EmbeddedServer.start();
            String sceneId = local;
            if (sceneFile != null) {
                try {
                    sceneId = embedded.addSceneFile(sceneFile);
                } catch (IllegalArgumentException e) {
                    embedded.close();
                    throw new UsageError(e.getMessage());
                }
            }
            uri = URI.create("ws://127.0.0.1:" + embedded.port() + "/ws");
            credentials = Credentials.staff(EmbeddedServer.USER, embedded.password(), sceneId, null);
        } else {
            uri = parseServer(server);
            credentials = credentials();
        }
        try (ServerLink link = new ServerLink(uri, credentials, program)) {
            link.start();
            ViewerApp app = new ViewerApp(link, new Messages(language), wh[0], wh[1]);
            if (screenshot != null) {
                List<Path> files = screenshotFiles(screenshot, count);
                app.runScreenshots(files, after, every);
                for (Path f : files) {
                    System.out.println("screenshot=" + f.toAbsolutePath());
                }
            } else {
                app.runInteractive();
            }
            return 0;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private Credentials credentials() {
        if (join != null) {
            if (name == null || name.isBlank()) {
                throw new UsageError("--join needs --name (the name the instructor sees)");
            }
            if (session != null || user != null) {
                throw new UsageError("--join is for students: leave out --session and --user");
            }
            return Credentials.student(join, name, scene);
        }
        if (user != null) {
            String pw = password != null ? password : System.getenv("SIMBASE_PASSWORD");
            if (pw == null) {
                throw new UsageError("--user needs --password (or SIMBASE_PASSWORD in the environment)");
            }
            if (session == null && scene == null) {
                throw new UsageError("staff: name the session to watch with --session ID (or --scene to start one)");
            }
            return Credentials.staff(user, pw, scene, session);
        }
        throw new UsageError("sign in with --join CODE --name NAME (students) or --user NAME --password PW (staff)");
    }

    /** The scene file {@code --local} names, or null for a bundled id (a word without a path or extension). */
    static Path sceneFile(String scene) {
        boolean looksLikeFile = scene.contains("/") || scene.contains("\\") || scene.endsWith(".yaml") || scene.endsWith(".yml");
        Path p = Path.of(scene);
        if (Files.isRegularFile(p)) {
            return p;
        }
        if (looksLikeFile) {
            throw new UsageError("--local: no scene file " + scene);
        }
        return null;
    }

    /** The program of {@code --plc}, read and checked for size. */
    static PlcProgram readProgram(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UsageError("--plc: no program file " + file);
            }
            if (Files.size(file) > MAX_PROGRAM_BYTES) {
                throw new UsageError("--plc: " + file + " is larger than 1 MiB");
            }
            return new PlcProgram(file.getFileName().toString(), Files.readString(file));
        } catch (java.io.IOException e) {
            throw new UsageError("--plc: cannot read " + file + ": " + e.getMessage());
        }
    }

    static List<Path> screenshotFiles(Path file, int n) {
        if (n == 1) {
            return List.of(file);
        }
        String name = file.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            files.add(file.resolveSibling(stem + "-" + i + ".png"));
        }
        return files;
    }

    static URI parseServer(String s) {
        if (s == null) {
            throw new UsageError("name the server with --server ws://HOST:PORT, or use --local SCENE");
        }
        URI u;
        try {
            u = URI.create(s);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--server: not an address: " + s);
        }
        if (!"ws".equals(u.getScheme()) && !"wss".equals(u.getScheme()) || u.getHost() == null) {
            throw new UsageError("--server must look like ws://HOST:7070 (got " + s + ")");
        }
        String path = u.getPath() == null || u.getPath().isEmpty() || u.getPath().equals("/") ? "/ws" : u.getPath();
        return URI.create(u.getScheme() + "://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + path);
    }

    static int[] parseSize(String s) {
        String[] p = s.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(p[0]);
            int h = Integer.parseInt(p[1]);
            if (p.length == 2 && w >= 320 && h >= 240 && w <= 8192 && h <= 8192) {
                return new int[] {w, h};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // fall through
        }
        throw new UsageError("--size must be WIDTHxHEIGHT between 320x240 and 8192x8192 (got " + s + ")");
    }

    static Messages.Lang parseLang(String s) {
        if (s == null) {
            return Messages.systemLang();
        }
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "zh" -> Messages.Lang.ZH;
            case "en" -> Messages.Lang.EN;
            default -> throw new UsageError("--lang must be zh or en (got " + s + ")");
        };
    }
}
