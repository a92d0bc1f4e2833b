package io.simbase.plc;

import java.util.List;

/** The outcome of compiling one file: a program, or every error found in it. */
public final class CompileResult {
    private final PlcProgram program;
    private final List<CompileError> errors;

    public CompileResult(PlcProgram program, List<CompileError> errors) {
        this.program = program;
        this.errors = List.copyOf(errors);
    }

    public boolean ok() {
        return program != null && errors.isEmpty();
    }

    /** The program; null when there are errors. */
    public PlcProgram program() {
        return program;
    }

    /** The errors, sorted by line and column; empty when {@link #ok()}. */
    public List<CompileError> errors() {
        return errors;
    }
}
