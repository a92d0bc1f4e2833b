package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser.AliasDeclarationContext;
import io.simbase.plc.parser.StructuredTextParser.ArrayTypeContext;
import io.simbase.plc.parser.StructuredTextParser.FunctionBlockPouContext;
import io.simbase.plc.parser.StructuredTextParser.NamedTypeContext;
import io.simbase.plc.parser.StructuredTextParser.StructDeclarationContext;
import io.simbase.plc.parser.StructuredTextParser.SubrangeContext;
import io.simbase.plc.parser.StructuredTextParser.TypeSpecContext;
import io.simbase.plc.parser.StructuredTextParser.VarDeclarationContext;
import io.simbase.plc.runtime.StandardBlock;
import io.simbase.plc.runtime.Stmt;
import io.simbase.plc.runtime.Stmts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Resolves type specifications to {@link Type}s: elementary types, arrays, the standard and the
 * file's FUNCTION_BLOCKs (whose bodies it compiles once), STRUCTs and aliases, each laid out
 * once and reported when it contains itself. Compile time only.
 */
final class TypeResolver {
    private final Compilation c;
    private final Diagnostics diag;
    private final Map<String, Type> types = new HashMap<>();

    TypeResolver(Compilation c) {
        this.c = c;
        this.diag = c.diag;
    }

    /** The type a specification names in {@code body} (array bounds are its constants); Type.ERROR, reported, when none. */
    Type typeOf(TypeSpecContext spec, Body body) {
        if (spec instanceof ArrayTypeContext) {
            ArrayTypeContext a = (ArrayTypeContext) spec;
            Type t = typeOf(a.typeSpec(), body);
            if (t.isError()) {
                return t;
            }
            List<SubrangeContext> ranges = a.subrange();
            ExpressionCompiler ex = new ExpressionCompiler(body);
            for (int i = ranges.size() - 1; i >= 0; i--) {
                SubrangeContext r = ranges.get(i);
                Long lo = ex.constInteger(r.lower);
                Long hi = ex.constInteger(r.upper);
                if (lo == null || hi == null) {
                    diag.error(r, "array_bounds_constant", "array bounds must be constant integers");
                    return Type.ERROR;
                }
                if (lo > hi) {
                    diag.error(r, "array_range_empty", "empty array range [" + lo + ".." + hi + "]", lo, hi);
                    return Type.ERROR;
                }
                if (hi - lo + 1 > Frame.MAX_SLOTS) {
                    diag.error(r, "array_too_large",
                            "array too large (" + (hi - lo + 1) + " elements; at most " + Frame.MAX_SLOTS + ")",
                            (hi - lo + 1), Frame.MAX_SLOTS);
                    return Type.ERROR;
                }
                t = Type.array(t, lo, hi);
                if ((long) t.longs + t.doubles > Frame.MAX_SLOTS) {
                    diag.error(r, "array_too_large_nested", "array too large");
                    return Type.ERROR;
                }
            }
            return t;
        }
        Token name = ((NamedTypeContext) spec).ID().getSymbol();
        String k = Type.key(name.getText());
        Type t = Type.elementary(k);
        if (t != null) {
            return t;
        }
        StandardBlock b = Declarations.standardBlock(k);
        if (b != null) {
            return standardBlockType(b);
        }
        if (c.declarations.blockDecls.containsKey(k)) {
            return blockType(k, name);
        }
        if (c.declarations.typeDecls.containsKey(k)) {
            return declaredType(k, name, body);
        }
        diag.error(name, "unknown_type", "unknown type '" + name.getText() + "'", name.getText());
        return Type.ERROR;
    }

    private Type standardBlockType(StandardBlock b) {
        return types.computeIfAbsent(b.name(), n -> {
            Type t = new Type(Type.Kind.BLOCK, b.name(), b.slots(), 0);
            int slot = 0;
            for (String in : b.inputs()) {
                Type.Field f = new Type.Field(in.substring(0, in.indexOf(':')), Type.elementary(in.substring(in.indexOf(':') + 1)),
                        slot++, 0, Type.Section.INPUT);
                t.fields.put(f.name, f);
                t.inputs.add(f);
            }
            for (String out : b.outputs()) {
                Type.Field f = new Type.Field(out.substring(0, out.indexOf(':')),
                        Type.elementary(out.substring(out.indexOf(':') + 1)), slot++, 0, Type.Section.OUTPUT);
                t.fields.put(f.name, f);
            }
            t.body = b.body();
            return t;
        });
    }

    private Type declaredType(String k, Token use, Body body) {
        Type done = types.get(k);
        if (done != null) {
            if (done.inProgress) {
                diag.error(use, "type_contains_itself", "type '" + use.getText() + "' contains itself", use.getText());
                return Type.ERROR;
            }
            return done;
        }
        ParserRuleContext d = c.declarations.typeDecls.get(k);
        if (d instanceof AliasDeclarationContext) {
            Type marker = new Type(Type.Kind.ERROR, k, 0, 0);
            marker.inProgress = true;
            types.put(k, marker);
            Type t = typeOf(((AliasDeclarationContext) d).typeSpec(), body);
            types.put(k, t);
            return t;
        }
        StructDeclarationContext s = (StructDeclarationContext) d;
        Type t = new Type(Type.Kind.STRUCT, s.name.getText(), 0, 0);
        t.inProgress = true;
        types.put(k, t);
        Body inner = new Body(c, Body.Kind.TYPE, s.name.getText(), new Scope(c.globals), new Frame(true));
        List<Stmt> init = new ArrayList<>();
        for (VarDeclarationContext v : s.varDeclaration()) {
            c.variables.declare(inner, v, Type.Section.LOCAL, false, init, t);
        }
        t.longs = inner.frame.longs;
        t.doubles = inner.frame.doubles;
        t.init = init.isEmpty() ? Stmts.EMPTY : new Stmts.Sequence(init.toArray(new Stmt[0]));
        t.inProgress = false;
        return t;
    }

    /** The FUNCTION_BLOCK of that (upper-case) name, laid out and its body compiled once. */
    Type blockType(String k, Token use) {
        Type done = types.get(k);
        if (done != null) {
            if (done.inProgress) {
                diag.error(use, "block_contains_itself",
                        "function block " + done.name + " cannot contain an instance of itself", done.name);
                return Type.ERROR;
            }
            return done;
        }
        FunctionBlockPouContext fb = c.declarations.blockDecls.get(k);
        Type t = new Type(Type.Kind.BLOCK, fb.name.getText(), 0, 0);
        t.inProgress = true;
        types.put(k, t);
        Body body = new Body(c, Body.Kind.FUNCTION_BLOCK, t.name, new Scope(c.globals), new Frame(true));
        List<Stmt> init = c.variables.declareBlocks(body, fb.varBlock(), t);
        t.longs = body.frame.longs;
        t.doubles = body.frame.doubles;
        t.init = init.isEmpty() ? Stmts.EMPTY : new Stmts.Sequence(init.toArray(new Stmt[0]));
        ExpressionCompiler ex = new ExpressionCompiler(body);
        t.body = body.withTemps(new StatementCompiler(body, ex).block(fb.statementList()));
        t.inProgress = false;
        return t;
    }
}
