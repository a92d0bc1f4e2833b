package io.simbase.grading;

import java.util.List;

/** A program that does not compile: every error, each {@code FILE:LINE:COL: message}. */
public final class ProgramException extends Exception {
    private final List<String> errors;

    public ProgramException(List<String> errors) {
        super(errors.isEmpty() ? "the program does not compile" : errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
