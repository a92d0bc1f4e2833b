package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser.AliasDeclarationContext;
import io.simbase.plc.parser.StructuredTextParser.CompilationUnitContext;
import io.simbase.plc.parser.StructuredTextParser.FunctionBlockPouContext;
import io.simbase.plc.parser.StructuredTextParser.FunctionPouContext;
import io.simbase.plc.parser.StructuredTextParser.PouContext;
import io.simbase.plc.parser.StructuredTextParser.ProgramPouContext;
import io.simbase.plc.parser.StructuredTextParser.StructDeclarationContext;
import io.simbase.plc.parser.StructuredTextParser.TypeDeclarationContext;
import io.simbase.plc.parser.StructuredTextParser.TypeDeclarationsContext;
import io.simbase.plc.runtime.StandardBlock;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The declarations of one file by name (upper case): TYPEs, FUNCTION_BLOCKs and FUNCTIONs, each
 * checked to be declared once and not to redeclare a standard name. Compile time only.
 */
final class Declarations {
    final Map<String, ParserRuleContext> typeDecls = new HashMap<>();
    final Map<String, FunctionBlockPouContext> blockDecls = new HashMap<>();
    final Map<String, FunctionPouContext> functionDecls = new HashMap<>();
    private final Diagnostics diag;

    Declarations(Diagnostics diag) {
        this.diag = diag;
    }

    /** Indexes the file's types, FUNCTION_BLOCKs and FUNCTIONs by name; returns the PROGRAM (null when there is none). */
    ProgramPouContext collect(CompilationUnitContext unit) {
        ProgramPouContext program = null;
        Map<String, Token> seen = new HashMap<>();
        for (TypeDeclarationsContext td : unit.typeDeclarations()) {
            for (TypeDeclarationContext d : td.typeDeclaration()) {
                Token name = d instanceof StructDeclarationContext ? ((StructDeclarationContext) d).name
                        : ((AliasDeclarationContext) d).name;
                if (unique(seen, name)) {
                    typeDecls.put(Type.key(name.getText()), d);
                }
            }
        }
        for (PouContext p : unit.pou()) {
            if (p instanceof ProgramPouContext) {
                ProgramPouContext pp = (ProgramPouContext) p;
                if (program != null) {
                    diag.error(pp.name, "one_program",
                            "only one PROGRAM per file (the first is '" + program.name.getText() + "')",
                            program.name.getText());
                } else {
                    program = pp;
                }
                unique(seen, pp.name);
            } else if (p instanceof FunctionBlockPouContext) {
                FunctionBlockPouContext fb = (FunctionBlockPouContext) p;
                if (unique(seen, fb.name)) {
                    blockDecls.put(Type.key(fb.name.getText()), fb);
                }
            } else {
                FunctionPouContext f = (FunctionPouContext) p;
                if (unique(seen, f.name)) {
                    functionDecls.put(Type.key(f.name.getText()), f);
                }
            }
        }
        return program;
    }

    private boolean unique(Map<String, Token> seen, Token name) {
        String k = Type.key(name.getText());
        if (Type.elementary(k) != null || standardBlock(k) != null || StandardFunctions.isStandard(k)) {
            diag.error(name, "standard_name", "'" + name.getText() + "' is a standard name and cannot be redeclared",
                    name.getText());
            return false;
        }
        Token before = seen.putIfAbsent(k, name);
        if (before != null) {
            diag.error(name, "already_declared_at",
                    "'" + name.getText() + "' is already declared at line " + before.getLine(), name.getText(),
                    before.getLine());
            return false;
        }
        return true;
    }

    /** The standard function block of that (upper-case) name, or null. */
    static StandardBlock standardBlock(String upper) {
        for (StandardBlock b : StandardBlock.values()) {
            if (b.name().equals(upper)) {
                return b;
            }
        }
        return null;
    }
}
