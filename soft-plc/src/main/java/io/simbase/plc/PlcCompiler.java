package io.simbase.plc;

import io.simbase.engine.io.IoLayout;
import io.simbase.plc.compile.Compilation;

/**
 * Compiles Structured Text against a scene's tags. Thread-safe (each call is independent);
 * compile time only, never on a scan.
 */
public final class PlcCompiler {
    /** Largest accepted source, in characters. */
    public static final int MAX_SOURCE_CHARS = 1 << 20;

    private PlcCompiler() {
    }

    /**
     * @param source    the program text
     * @param file      the name errors carry ({@code FILE:LINE:COL: message})
     * @param tags      the scene's tags, visible as global variables by name
     * @param addresses resolves {@code AT %IX0.3}-style addresses to tags
     */
    public static CompileResult compile(String source, String file, IoLayout tags, AddressMap addresses) {
        if (source.length() > MAX_SOURCE_CHARS) {
            return new CompileResult(null, java.util.List.of(new CompileError(file, 1, 1,
                    "source too large (" + source.length() + " characters; at most " + MAX_SOURCE_CHARS + ")",
                    "source_too_large", java.util.List.of(String.valueOf(source.length()), String.valueOf(MAX_SOURCE_CHARS)))));
        }
        try {
            return Compilation.compile(source, file, tags, addresses);
        } catch (StackOverflowError e) {
            return new CompileResult(null, java.util.List.of(new CompileError(file, 1, 1,
                    "the program is nested too deeply (expressions or statements)", "nested_too_deeply",
                    java.util.List.of())));
        }
    }
}
