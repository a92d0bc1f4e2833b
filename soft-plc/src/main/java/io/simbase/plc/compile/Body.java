package io.simbase.plc.compile;

/** What a POU body is compiled against: its names, its slot allocator, and where control is. */
final class Body {
    enum Kind { PROGRAM, FUNCTION_BLOCK, FUNCTION, TYPE }

    final Compilation compilation;
    final Kind kind;
    final String pouName;
    final Scope scope;
    final Frame frame;
    /** Depth of enclosing loops, for EXIT. */
    int loops;
    /** VAR_TEMP initializers of a PROGRAM or FUNCTION_BLOCK: run at the start of every scan or call. */
    final java.util.List<io.simbase.plc.runtime.Stmt> temps = new java.util.ArrayList<>();

    Body(Compilation compilation, Kind kind, String pouName, Scope scope, Frame frame) {
        this.compilation = compilation;
        this.kind = kind;
        this.pouName = pouName;
        this.scope = scope;
        this.frame = frame;
    }

    Diagnostics diag() {
        return compilation.diag;
    }

    /** The compiled body, preceded by the VAR_TEMP initializers when there are any. */
    io.simbase.plc.runtime.Stmt withTemps(io.simbase.plc.runtime.Stmt code) {
        if (temps.isEmpty()) {
            return code;
        }
        return new io.simbase.plc.runtime.Stmts.Sequence(new io.simbase.plc.runtime.Stmt[] {
            new io.simbase.plc.runtime.Stmts.Sequence(temps.toArray(new io.simbase.plc.runtime.Stmt[0])), code});
    }
}
