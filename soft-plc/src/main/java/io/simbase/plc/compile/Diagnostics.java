package io.simbase.plc.compile;

import io.simbase.plc.CompileError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Collects the compile errors of one file, at most one per position. Compile time only. */
final class Diagnostics {
    private static final int LIMIT = 200;
    private final String file;
    private final List<CompileError> errors = new ArrayList<>();

    Diagnostics(String file) {
        this.file = file;
    }

    void error(int line, int column, String message) {
        for (CompileError e : errors) {
            if (e.line() == line && e.column() == column) {
                return;
            }
        }
        if (errors.size() < LIMIT) {
            errors.add(new CompileError(file, line, column, message));
        }
    }

    void error(Token at, String message) {
        error(at.getLine(), at.getCharPositionInLine() + 1, message);
    }

    void error(ParserRuleContext at, String message) {
        error(at.getStart(), message);
    }

    boolean any() {
        return !errors.isEmpty();
    }

    List<CompileError> sorted() {
        List<CompileError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparingInt(CompileError::line).thenComparingInt(CompileError::column));
        return out;
    }
}
