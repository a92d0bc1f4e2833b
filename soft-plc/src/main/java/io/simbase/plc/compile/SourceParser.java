package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextLexer;
import io.simbase.plc.parser.StructuredTextParser;
import io.simbase.plc.parser.StructuredTextParser.CompilationUnitContext;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses Structured Text into a syntax tree, reporting every syntax error to the diagnostics.
 * Stateless; compile time only.
 */
final class SourceParser {
    private SourceParser() {
    }

    /** The parse tree of {@code source}; when {@code diag} then holds errors, the tree is not to be compiled. */
    static CompilationUnitContext parse(String source, Diagnostics diag) {
        StructuredTextLexer lexer = new StructuredTextLexer(CharStreams.fromString(source));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        StructuredTextParser parser = new StructuredTextParser(tokens);
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                                    RecognitionException e) {
                diag.error(line, col + 1, "syntax", "syntax error: " + msg, msg);
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        // Two stages, as ANTLR recommends: the fast SLL prediction, which stops at the first
        // problem; only then the full LL prediction with error recovery and every message.
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        CompilationUnitContext unit;
        try {
            unit = parser.compilationUnit();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(listener);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            unit = parser.compilationUnit();
        }
        return unit;
    }
}
