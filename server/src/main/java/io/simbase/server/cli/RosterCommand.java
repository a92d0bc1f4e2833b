package io.simbase.server.cli;

import io.simbase.server.DataLock;
import io.simbase.server.auth.ClassRegistry;
import io.simbase.server.auth.ClassRoom;
import io.simbase.server.auth.PasswordHasher;
import io.simbase.server.auth.Roster;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code simbase roster import|list|reset}: a class's students in {@code <data>/students.txt},
 * the same file and rules as the dashboard's roster import. Works on a stopped server's data
 * folder only (it takes the folder's {@link DataLock}), so it never writes behind a running
 * server's back.
 */
@Command(name = "roster", mixinStandardHelpOptions = true,
        description = "Manages the students of a class (the class list): import a CSV, list, reset a password.",
        subcommands = {RosterCommand.Import.class, RosterCommand.ListStudents.class, RosterCommand.Reset.class})
public final class RosterCommand implements Runnable {
    @Override
    public void run() {
        throw new UserException("name a subcommand: import, list or reset (see 'simbase roster --help')");
    }

    /** The options every subcommand takes, and the opened roster of the class. */
    static class ClassOption {
        @Option(names = "--class", required = true, paramLabel = "CODE", description = "the class's join code")
        String classCode;
        @Option(names = "--data", defaultValue = "data", description = "data folder (default ./${DEFAULT-VALUE})")
        Path data;

        /** Runs {@code work} with the class's roster while holding the data folder's lock. */
        <T> T withRoster(RosterWork<T> work) {
            if (!Files.isDirectory(data)) {
                throw new UserException("no data folder " + data + " (give the server's --data folder)");
            }
            try (DataLock lock = DataLock.acquire(data)) {
                ClassRegistry classes = ClassRegistry.open(data.resolve("classes.txt"), new PasswordHasher());
                ClassRoom room = classes.find(classCode);
                if (room == null) {
                    throw new UserException("no class with code '" + classCode + "' in " + data.resolve("classes.txt")
                            + " (open one from the dashboard, or start the server with --class-code)");
                }
                return work.apply(room, classes.roster());
            } catch (IOException e) {
                String m = e.getMessage();
                throw new UserException(m != null && m.startsWith("another SimBase server")
                        ? "a SimBase server is running on " + data + ": stop it first, or use the dashboard's class list"
                        : "cannot use " + data + ": " + m, e);
            }
        }
    }

    /** Work on a class's roster. */
    interface RosterWork<T> {
        T apply(ClassRoom room, Roster roster) throws IOException;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Adds the students of a CSV file (student number,name per line; a header line is allowed) "
                    + "to a class; prints 'student number,name,code' with a code to print for each new student "
                    + "(their first password).")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "CSV file, UTF-8")
        Path file;
        @CommandLine.Mixin
        ClassOption cls;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String csv = readUtf8(file);
            List<Roster.Imported> added = cls.withRoster((room, roster) -> {
                try {
                    return roster.importCsv(room.code(), csv);
                } catch (IllegalArgumentException e) {
                    throw new UserException(file + ": " + e.getMessage());
                }
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println("student number,name,code");
            for (Roster.Imported s : added) {
                out.println(s.number() + "," + csvCell(s.name()) + "," + (s.code().isEmpty() ? "(has a password)" : s.code()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints the class's students as 'student number,name', by number (no passwords).")
    static final class ListStudents implements Callable<Integer> {
        @CommandLine.Mixin
        ClassOption cls;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Roster.Student> students = cls.withRoster((room, roster) -> roster.of(room.code()));
            if (students.isEmpty()) {
                spec.commandLine().getErr().println("simbase: class " + cls.classCode + " has no students yet "
                        + "(add them with 'simbase roster import FILE --class " + cls.classCode + "')");
                return 0;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("student number,name");
            students.stream().sorted(Comparator.comparing(Roster.Student::number))
                    .forEach(s -> out.println(s.number() + "," + csvCell(s.name())));
            out.flush();
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Gives a student a new code to print as their password (they forgot theirs); prints it.")
    static final class Reset implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NUMBER", description = "the student's number")
        String number;
        @CommandLine.Mixin
        ClassOption cls;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String line = cls.withRoster((room, roster) -> {
                Roster.Student s = roster.find(room.code(), number);
                if (s == null) {
                    throw new UserException("no student '" + number + "' in class " + room.code()
                            + " (see 'simbase roster list --class " + room.code() + "')");
                }
                return s.number() + "," + csvCell(s.name()) + "," + roster.resetPassword(room.code(), s.number());
            });
            spec.commandLine().getOut().println("student number,name,code");
            spec.commandLine().getOut().println(line);
            return 0;
        }
    }

    private static String readUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UserException(file + ": not UTF-8 text (save the class list as 'CSV UTF-8')");
        } catch (IOException e) {
            throw new UserException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line break. */
    private static String csvCell(String s) {
        return s.matches(".*[,\"\\r\\n].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
