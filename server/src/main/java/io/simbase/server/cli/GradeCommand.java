package io.simbase.server.cli;

import io.simbase.grading.ControllerFactory;
import io.simbase.grading.GradeResult;
import io.simbase.grading.Grader;
import io.simbase.grading.ProgramControllers;
import io.simbase.grading.ProgramException;
import io.simbase.grading.ResultJson;
import io.simbase.grading.ResultTable;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.ExerciseException;
import io.simbase.grading.exercise.Exercises;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code simbase grade EXERCISE --plc PROGRAM.st [--json]}: grades a soft-PLC program headless.
 * Exit 0 passed, 1 failed, 2 bad input (unknown exercise, unreadable or uncompilable program,
 * no soft PLC in this build).
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade a soft-PLC program on an exercise: every scenario headless, as fast as possible.",
            "Prints each check (points, passed, first failure as scenario@t=sim time, message); the last line is",
            "score=N/100 passed=true|false. Exit 0 passed, 1 failed, 2 bad input."})
final class GradeCommand implements Callable<Integer> {
    /** Exit code of a program that was graded and did not pass. */
    static final int EXIT_NOT_PASSED = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXERCISE", description = "A bundled exercise id (see 'simbase exercises') or an exercise file.")
    String exercise;

    @Option(names = "--plc", required = true, paramLabel = "PROGRAM.st", description = "The Structured Text program to grade.")
    Path program;

    @Option(names = "--json", description = "Print the result as JSON instead of the table.")
    boolean json;

    @Override
    public Integer call() {
        Exercise e;
        try {
            e = Exercises.load(exercise);
        } catch (ExerciseException ex) {
            throw new UserException(ex.getMessage(), ex);
        }
        String source = readProgram();
        ProgramControllers plc = ProgramControllers.find().orElseThrow(() ->
                new UserException("the soft PLC is not available in this build; 'grade --plc' needs it"));
        ControllerFactory controllers;
        try {
            controllers = plc.compile(source, program.toString(), e.plant());
        } catch (ProgramException ex) {
            PrintWriter err = spec.commandLine().getErr();
            for (String line : ex.errors()) {
                err.println(line);
            }
            err.flush();
            return Main.EXIT_USAGE;
        }
        GradeResult r = Grader.grade(e, controllers);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? ResultJson.write(r) + System.lineSeparator() : ResultTable.write(r));
        out.flush();
        return r.passed() ? 0 : EXIT_NOT_PASSED;
    }

    private String readProgram() {
        if (!Files.isRegularFile(program)) {
            throw new UserException(program + ": no such program file");
        }
        try {
            return Files.readString(program, StandardCharsets.UTF_8);
        } catch (CharacterCodingException ex) {
            throw new UserException(program + ": not a UTF-8 text file");
        } catch (IOException ex) {
            throw new UserException(program + ": cannot read: " + ex.getMessage());
        }
    }
}
