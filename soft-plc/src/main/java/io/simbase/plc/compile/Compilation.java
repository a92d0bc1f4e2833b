package io.simbase.plc.compile;

import io.simbase.engine.io.IoLayout;
import io.simbase.plc.AddressMap;
import io.simbase.plc.CompileResult;
import io.simbase.plc.PlcProgram;
import io.simbase.plc.parser.StructuredTextParser.CompilationUnitContext;
import io.simbase.plc.parser.StructuredTextParser.ProgramPouContext;
import io.simbase.plc.runtime.Memory;
import io.simbase.plc.runtime.ScanFault;
import io.simbase.plc.runtime.Stmt;
import io.simbase.plc.runtime.Stmts;
import java.util.List;

/**
 * Compiles one Structured Text file against a scene's tags: parses it ({@link SourceParser}),
 * indexes its declarations ({@link Declarations}), declares the scene's tags as global variables
 * ({@link IoBindings}), checks and compiles the PROGRAM and the FUNCTION_BLOCKs and FUNCTIONs it
 * uses ({@link TypeResolver}, {@link VariableDeclarer}, {@link UserFunctions}), and computes the
 * initial memory image. The parts share this context; single use, compile time only.
 */
public final class Compilation {
    final Diagnostics diag;
    /** The fixed slots of the program, the functions and the globals. */
    final Frame global = new Frame(false);
    /** The scene's tags, visible in every POU. */
    final Scope globals = new Scope(null);
    final Declarations declarations;
    final TypeResolver types;
    final VariableDeclarer variables;
    final UserFunctions functions;
    final IoBindings io;
    final WatchList watch = new WatchList();

    private Compilation(String file, IoLayout tags, AddressMap addresses) {
        this.diag = new Diagnostics(file);
        this.declarations = new Declarations(diag);
        this.types = new TypeResolver(this);
        this.variables = new VariableDeclarer(this);
        this.functions = new UserFunctions(this);
        this.io = new IoBindings(this, tags, addresses);
    }

    /** Compiles {@code source}; errors name {@code file}. */
    public static CompileResult compile(String source, String file, IoLayout tags, AddressMap addresses) {
        return new Compilation(file, tags, addresses).run(source);
    }

    private CompileResult run(String source) {
        CompilationUnitContext unit = SourceParser.parse(source, diag);
        if (diag.any()) {
            return new CompileResult(null, diag.sorted());
        }
        ProgramPouContext program = declarations.collect(unit);
        io.declareTags();
        if (program == null) {
            diag.error(1, 1, "no_program", "no PROGRAM in this file");
            return new CompileResult(null, diag.sorted());
        }
        PlcProgram compiled = compileProgram(program);
        // FUNCTION_BLOCKs and FUNCTIONs not used by the program are still checked.
        for (String name : declarations.blockDecls.keySet()) {
            types.blockType(name, declarations.blockDecls.get(name).name);
        }
        for (String name : declarations.functionDecls.keySet()) {
            functions.function(name);
        }
        if (diag.any() || global.overflowed()) {
            if (!diag.any()) {
                diag.error(1, 1, "too_many_slots", "the program needs more than " + Frame.MAX_SLOTS + " memory slots",
                        Frame.MAX_SLOTS);
            }
            return new CompileResult(null, diag.sorted());
        }
        return new CompileResult(compiled, List.of());
    }

    private PlcProgram compileProgram(ProgramPouContext p) {
        Body body = new Body(this, Body.Kind.PROGRAM, p.name.getText(), new Scope(globals), global);
        List<Stmt> init = variables.declareBlocks(body, p.varBlock(), null);
        ExpressionCompiler ex = new ExpressionCompiler(body);
        Stmt code = body.withTemps(new StatementCompiler(body, ex).block(p.statementList()));
        if (diag.any() || global.overflowed()) {
            return null;
        }
        Memory m = new Memory(global.longs, global.doubles);
        m.budget = Integer.MAX_VALUE;
        try {
            new Stmts.Sequence(init.toArray(new Stmt[0])).exec(m);
        } catch (ScanFault f) {
            diag.error(f.line(), 1, "initial_value_fault", "initial value: " + f.getMessage(), f.getMessage());
            return null;
        }
        return new PlcProgram(p.name.getText(), m.longs, m.doubles, code, io.inputs(), io.outputs(),
                io.addresses, watch.build());
    }
}
