package io.simbase.server.cli;

import io.simbase.engine.scene.Scene;
import io.simbase.plc.CompileResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code simbase plc ...}: the built-in Structured Text soft PLC. */
@Command(name = "plc", mixinStandardHelpOptions = true,
        description = "The built-in IEC 61131-3 Structured Text soft PLC (docs/soft-plc.md).",
        subcommands = {PlcCommand.Check.class, CommandLine.HelpCommand.class})
final class PlcCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new UserException("plc needs a subcommand: check");
    }

    /** {@code simbase plc check PROGRAM.st --scene SCENE}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Compile a program against a scene's tags.",
                "Exit 0 when it compiles; otherwise every error as FILE:LINE:COL: message on stderr, exit 2."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PROGRAM.st", description = "The Structured Text file.")
        Path program;

        @Option(names = "--scene", required = true, paramLabel = "SCENE", description = "A bundled scene id or a scene file.")
        String scene;

        @Override
        public Integer call() {
            Scene s = SceneArg.load(scene);
            CompileResult r = PlcArg.compile(program, s);
            if (!r.ok()) {
                PlcArg.print(r, spec.commandLine().getErr());
                return Main.EXIT_USAGE;
            }
            spec.commandLine().getOut().printf("%s: PROGRAM %s compiles against scene %s%n", program, r.program().name(), s.id());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
