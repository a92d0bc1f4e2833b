package io.simbase.server.cli;

import io.simbase.server.auth.PasswordHasher;
import io.simbase.server.auth.Role;
import io.simbase.server.auth.UserStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code simbase user add|passwd|list}: staff accounts in {@code <data>/users.txt}. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manages instructor and technician accounts (students join with a class code).",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.ListUsers.class})
public final class UserCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new UserException("name a subcommand: add, passwd or list (see 'simbase user --help')");
    }

    /** Options shared by the subcommands. */
    static class DataOption {
        @Option(names = "--data", defaultValue = "data", description = "data folder (default ./${DEFAULT-VALUE})")
        Path data;

        UserStore open() {
            try {
                return UserStore.open(data.resolve("users.txt"), new PasswordHasher());
            } catch (IOException e) {
                throw new UserException(e.getMessage(), e);
            }
        }
    }

    static String password(boolean fromStdin, CommandLine.Model.CommandSpec spec) {
        if (!fromStdin) {
            return PasswordHasher.randomPassword(16);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new UserException("--password-stdin: no line on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new UserException("cannot read standard input: " + e.getMessage(), e);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account; prints a generated password unless --password-stdin.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--role", required = true, description = "instructor or technician")
        String role;
        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean stdin;
        @CommandLine.Mixin
        DataOption data;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Role r = Role.parse(role);
            if (r == null || r == Role.STUDENT) {
                throw new UserException("--role must be instructor or technician, got '" + role + "'");
            }
            UserStore users = data.open();
            String pw = password(stdin, spec);
            try {
                users.add(name, r, pw);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            spec.commandLine().getOut().println("added " + r.key() + " " + name + (stdin ? "" : "  password " + pw));
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Sets a new password; prints a generated one unless --password-stdin.")
    static final class Passwd implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean stdin;
        @CommandLine.Mixin
        DataOption data;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            UserStore users = data.open();
            String pw = password(stdin, spec);
            try {
                users.setPassword(name, pw);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            spec.commandLine().getOut().println("password changed for " + name + (stdin ? "" : ": " + pw));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per account: name and role.")
    static final class ListUsers implements Callable<Integer> {
        @CommandLine.Mixin
        DataOption data;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var accounts = data.open().list();
            if (accounts.isEmpty()) {
                spec.commandLine().getErr().println("simbase: no accounts in " + data.data.resolve("users.txt")
                        + " (the server creates an instructor and a technician on its first start; "
                        + "add one with 'simbase user add NAME --role instructor')");
                return 0;
            }
            for (UserStore.Account a : accounts) {
                spec.commandLine().getOut().println(a.name() + " " + a.role().key());
            }
            return 0;
        }
    }
}
