package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser;
import io.simbase.plc.parser.StructuredTextParser.ArrayInitContext;
import io.simbase.plc.parser.StructuredTextParser.ExpressionContext;
import io.simbase.plc.parser.StructuredTextParser.ScalarInitContext;
import io.simbase.plc.parser.StructuredTextParser.VarBlockContext;
import io.simbase.plc.parser.StructuredTextParser.VarDeclarationContext;
import io.simbase.plc.runtime.Addr;
import io.simbase.plc.runtime.Stmt;
import io.simbase.plc.runtime.Stmts;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Declares the variables of a POU or STRUCT: checks each VAR section where it stands, reserves
 * slots in the body's frame, records function block fields, and compiles the initial values
 * (scalars, array lists, and the initializers of structures and instances). Compile time only.
 */
final class VariableDeclarer {
    private final Compilation c;
    private final Diagnostics diag;

    VariableDeclarer(Compilation c) {
        this.c = c;
        this.diag = c.diag;
    }

    /** Declares the variables of VAR blocks; returns their initializers (VAR_TEMP ones go to the body). */
    List<Stmt> declareBlocks(Body body, List<VarBlockContext> blocks, Type owner) {
        List<Stmt> init = new ArrayList<>();
        for (VarBlockContext b : blocks) {
            Type.Section section;
            switch (b.kind.getType()) {
                case StructuredTextParser.VAR_INPUT:
                    section = Type.Section.INPUT;
                    break;
                case StructuredTextParser.VAR_OUTPUT:
                    section = Type.Section.OUTPUT;
                    break;
                case StructuredTextParser.VAR_IN_OUT:
                    section = Type.Section.IN_OUT;
                    break;
                default:
                    section = Type.Section.LOCAL;
                    break;
            }
            if (body.kind == Body.Kind.PROGRAM && section != Type.Section.LOCAL) {
                diag.error(b.kind, "section_not_in_program",
                        b.kind.getText() + " is not allowed in a PROGRAM here: its variables come from the scene",
                        b.kind.getText());
                continue;
            }
            if (body.kind == Body.Kind.FUNCTION && (section == Type.Section.OUTPUT || section == Type.Section.IN_OUT)) {
                diag.error(b.kind, "section_not_in_function",
                        b.kind.getText() + " in a FUNCTION is not supported; use a FUNCTION_BLOCK", b.kind.getText());
                continue;
            }
            boolean constant = b.constant != null;
            boolean temp = b.kind.getType() == StructuredTextParser.VAR_TEMP && body.kind != Body.Kind.FUNCTION;
            for (VarDeclarationContext v : b.varDeclaration()) {
                List<Stmt> target = temp ? body.temps : init;
                for (Symbol s : declare(body, v, section, constant, target, owner)) {
                    if (temp && !s.type.isElementary() && !s.type.isError()) {
                        diag.error(v.typeSpec(), "var_temp_elementary",
                                "VAR_TEMP holds elementary variables only; declare '" + s.name + "' in VAR", s.name);
                    } else if (temp && v.initializer() == null && !s.type.isError()) {
                        target.add(new ExpressionCompiler(body).store(new Ref(s.name, s.type, s.longAddr, s.doubleAddr, null),
                                ExpressionCompiler.placeholder(s.type), v.getStart().getLine()));
                    }
                }
            }
        }
        return init;
    }

    /** Declares the names of one declaration line; appends their initializers to {@code init}. */
    List<Symbol> declare(Body body, VarDeclarationContext v, Type.Section section, boolean constant,
                                 List<Stmt> init, Type owner) {
        Type type = c.types.typeOf(v.typeSpec(), body);
        List<Symbol> out = new ArrayList<>();
        if (type.kind == Type.Kind.BLOCK && (body.kind == Body.Kind.FUNCTION || body.kind == Body.Kind.TYPE)) {
            diag.error(v.typeSpec(), "instance_not_here",
                    "a function block instance cannot be declared in a "
                    + (body.kind == Body.Kind.FUNCTION ? "FUNCTION" : "STRUCT"),
                    (body.kind == Body.Kind.FUNCTION ? "FUNCTION" : "STRUCT"));
            return out;
        }
        if (constant && !type.isElementary() && !type.isError()) {
            diag.error(v.typeSpec(), "constant_elementary", "a CONSTANT must be of an elementary type");
        }
        ExpressionCompiler ex = new ExpressionCompiler(body);
        for (TerminalNode id : v.ID()) {
            Token name = id.getSymbol();
            int[] at = body.frame.reserve(type);
            Addr l = body.frame.longAddr(at[0]);
            Addr d = body.frame.doubleAddr(at[1]);
            String readOnly = constant ? "'" + name.getText() + "' (a CONSTANT)" : null;
            if (v.address != null) {
                readOnly = c.io.directAddress(body, v, name, type, at);
            }
            Long value = null;
            if (constant && type.isInteger() && v.initializer() instanceof ScalarInitContext) {
                value = ex.constInteger(((ScalarInitContext) v.initializer()).expression());
            }
            if (constant && v.initializer() == null) {
                diag.error(name, "constant_needs_value", "CONSTANT '" + name.getText() + "' needs a value (:= ...)",
                        name.getText());
            }
            Symbol s = new Symbol(name.getText(), type, l, d, readOnly, value);
            if (!body.scope.declare(s)) {
                diag.error(name, "already_declared_in",
                        "'" + name.getText() + "' is already declared in "
                        + body.pouName, name.getText(), body.pouName);
                continue;
            }
            out.add(s);
            if (owner != null) {
                Type.Field f = new Type.Field(name.getText(), type, at[0], at[1], section);
                owner.fields.put(Type.key(name.getText()), f);
                if (section == Type.Section.INPUT) {
                    owner.inputs.add(f);
                }
            }
            if (body.kind == Body.Kind.PROGRAM) {
                c.watch.add(s);
            }
            if (!type.isError()) {
                initialize(ex, new Ref(name.getText(), type, l, d, null), v, init);
            }
        }
        return out;
    }

    private void initialize(ExpressionCompiler ex, Ref r, VarDeclarationContext v, List<Stmt> init) {
        int line = v.getStart().getLine();
        if (v.initializer() instanceof ScalarInitContext) {
            ExpressionContext e = ((ScalarInitContext) v.initializer()).expression();
            if (!r.type.isElementary()) {
                diag.error(e, "init_not_single",
                        "'" + r.text + "' is " + ExpressionCompiler.article(r.type) + ": it cannot take a single value",
                        r.text, r.type.name, ExpressionCompiler.article(r.type));
                return;
            }
            init.add(ex.store(r, ex.value(e, r.type, "initial value of '" + r.text + "'"), line));
            return;
        }
        if (v.initializer() instanceof ArrayInitContext) {
            ArrayInitContext a = (ArrayInitContext) v.initializer();
            if (r.type.kind != Type.Kind.ARRAY || !r.type.element.isElementary()) {
                diag.error(a, "init_list_not_array",
                        "[ ... ] initializes an ARRAY of an elementary type, not " + ExpressionCompiler.article(r.type),
                        r.type.name, ExpressionCompiler.article(r.type));
                return;
            }
            Type el = r.type.element;
            long n = r.type.upper - r.type.lower + 1;
            if (a.expression().size() > n) {
                diag.error(a, "init_count", a.expression().size() + " initial values for " + n + " elements",
                        a.expression().size(), n);
                return;
            }
            for (int i = 0; i < a.expression().size(); i++) {
                Ref er = new Ref(r.text, el, Addr.offset(r.longAddr, i * el.longs), Addr.offset(r.doubleAddr, i * el.doubles), null);
                init.add(ex.store(er, ex.value(a.expression(i), el, "initial value of '" + r.text + "'"), line));
            }
            return;
        }
        initializeComposite(r.type, r.longAddr, r.doubleAddr, init, line);
    }

    /** Runs a structure's or instance's initializers on it; for arrays, on every element. */
    private void initializeComposite(Type t, Addr l, Addr d, List<Stmt> init, int line) {
        if ((t.kind == Type.Kind.STRUCT || t.kind == Type.Kind.BLOCK) && t.init != Stmts.EMPTY) {
            init.add(new Stmts.BlockCall(l, d, Stmts.EMPTY, t.init, Stmts.EMPTY, line));
        } else if (t.kind == Type.Kind.ARRAY && !t.element.isElementary()) {
            Type el = t.element;
            for (long i = 0; i <= t.upper - t.lower; i++) {
                initializeComposite(el, Addr.offset(l, (int) i * el.longs), Addr.offset(d, (int) i * el.doubles), init, line);
            }
        }
    }
}
