package io.simbase.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./simbase} command line. Each subcommand is its own class; user mistakes end as
 * one line on stderr and exit code 2, never a stack trace.
 */
@Command(name = "simbase",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "SimBase: a virtual simulation training server for industrial automation labs.",
        subcommands = {
            ScenesCommand.class,
            IoMapCommand.class,
            RunCommand.class,
            PlcCommand.class,
            ExercisesCommand.class,
            GradeCommand.class,
            ServeCommand.class,
            ReplayCommand.class,
            UserCommand.class,
            io.simbase.server.rig.RigCommand.class,
            OpcUaCommand.class,
            RosterCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    /** Exit code for a user mistake (bad option, unknown scene, unreadable file). */
    public static final int EXIT_USAGE = 2;
    /** Exit code for a failure that is not the user's (I/O error, bug). */
    public static final int EXIT_FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            String unknown = unknownOption(c, a);
            c.getErr().println("simbase: " + (unknown != null ? unknown : ex.getMessage()));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UserException) {
                c.getErr().println("simbase: " + ex.getMessage());
                return EXIT_USAGE;
            }
            c.getErr().println("simbase: internal error: " + ex);
            ex.printStackTrace(c.getErr());
            return EXIT_FAILURE;
        });
        return cl.execute(args);
    }

    /**
     * A misspelled option often shows up first as a missing required one ({@code --second 60}
     * reads as "--seconds is missing"): name the unknown option, with the nearest known one.
     */
    private static String unknownOption(CommandLine c, String[] args) {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (CommandLine.Model.CommandSpec s = c.getCommandSpec(); s != null; s = s.parent()) {
            known.addAll(s.optionsMap().keySet());
        }
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (!arg.startsWith("--") || arg.length() < 3) {
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!known.contains(name)) {
                String near = Suggest.nearest(name, c.getCommandSpec().optionsMap().keySet());
                return "unknown option " + name + (near == null ? "" : ", did you mean " + near + "?");
            }
        }
        return null;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the build version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"simbase " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
