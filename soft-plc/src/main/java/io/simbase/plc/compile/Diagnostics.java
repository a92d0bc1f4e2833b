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

    /**
     * One error: {@code message} in English (CLI, logs), and the same as {@code code} with its
     * {@code args} for a page to show in its own language.
     */
    void error(int line, int column, String code, String message, Object... args) {
        for (CompileError e : errors) {
            if (e.line() == line && e.column() == column) {
                return;
            }
        }
        if (errors.size() < LIMIT) {
            String[] text = new String[args.length];
            for (int i = 0; i < args.length; i++) {
                text[i] = String.valueOf(args[i]);
            }
            errors.add(new CompileError(file, line, column, message, code, List.of(text)));
        }
    }

    void error(Token at, String code, String message, Object... args) {
        error(at.getLine(), at.getCharPositionInLine() + 1, code, message, args);
    }

    void error(ParserRuleContext at, String code, String message, Object... args) {
        error(at.getStart(), code, message, args);
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
