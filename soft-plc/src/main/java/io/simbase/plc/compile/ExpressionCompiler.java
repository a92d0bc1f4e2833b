package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser.ArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.BinaryExprContext;
import io.simbase.plc.parser.StructuredTextParser.CallExprContext;
import io.simbase.plc.parser.StructuredTextParser.ExpressionContext;
import io.simbase.plc.parser.StructuredTextParser.LiteralExprContext;
import io.simbase.plc.parser.StructuredTextParser.ParenExprContext;
import io.simbase.plc.parser.StructuredTextParser.UnaryExprContext;
import io.simbase.plc.parser.StructuredTextParser.VariableContext;
import io.simbase.plc.parser.StructuredTextParser.VariableExprContext;
import io.simbase.plc.runtime.Expr;
import io.simbase.plc.runtime.Exprs;
import io.simbase.plc.runtime.Stmt;
import io.simbase.plc.runtime.Stmts;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Checks and compiles the expressions of one POU body: dispatches to {@link Literals},
 * {@link Operators}, {@link References} and the function calls, and converts a value to the type
 * its context needs with the standard's implicit conversions. Every error is reported at its
 * line and column and compilation goes on. Compile time only, single-threaded.
 */
final class ExpressionCompiler {
    private final Body body;
    private final Diagnostics diag;
    private final StandardFunctions functions;
    private final Operators operators;
    private final References references;

    ExpressionCompiler(Body body) {
        this.body = body;
        this.diag = body.diag();
        this.functions = new StandardFunctions(this, diag);
        this.operators = new Operators(this, diag);
        this.references = new References(body, this, diag);
    }

    Body body() {
        return body;
    }

    // ------------------------------------------------------------------ typed expressions

    Typed expr(ExpressionContext e) {
        if (e instanceof ParenExprContext) {
            return expr(((ParenExprContext) e).expression());
        }
        if (e instanceof LiteralExprContext) {
            return Literals.typed(((LiteralExprContext) e).literal(), diag);
        }
        if (e instanceof VariableExprContext) {
            Ref r = ref(((VariableExprContext) e).variable());
            if (r == null) {
                return Typed.ERROR;
            }
            if (!r.type.isElementary()) {
                diag.error(e, "not_a_value", "'" + r.text + "' is " + article(r.type) + ", not a value", r.text,
                        r.type.name, article(r.type));
                return Typed.ERROR;
            }
            return Typed.of(load(r), r.type);
        }
        if (e instanceof UnaryExprContext) {
            return operators.unary((UnaryExprContext) e);
        }
        if (e instanceof BinaryExprContext) {
            return operators.binary((BinaryExprContext) e);
        }
        if (e instanceof CallExprContext) {
            CallExprContext c = (CallExprContext) e;
            return call(c.name, c.argument(), c);
        }
        return Typed.ERROR;
    }

    /** Compiles {@code e} and converts it to {@code target}; reports a mismatch naming {@code what}. */
    Expr value(ExpressionContext e, Type target, String what) {
        return coerce(expr(e), target, e, what);
    }

    Expr coerce(Typed t, Type target, ParserRuleContext at, String what) {
        if (t.type.isError() || target.isError()) {
            return placeholder(target);
        }
        Expr x = Conversions.convert(t, target);
        if (x != null) {
            return x;
        }
        if (t.isIntConstant() && target.isInteger()) {
            diag.error(at, "constant_range",
                    "constant " + t.longValue + " does not fit " + target.name + " (" + target.min() + ".."
                    + target.max() + ")",
                    t.longValue, target.name, target.min(), target.max());
        } else if (t.type.kind == Type.Kind.ANY_INT && target == Type.TIME) {
            diag.error(at, "mismatch_time_integer",
                    "type mismatch: " + what + " needs TIME, found an integer (write a time as T#500ms)", what);
        } else if (t.type.kind == Type.Kind.ANY_INT && target == Type.BOOL) {
            diag.error(at, "mismatch_bool_integer",
                    "type mismatch: " + what + " needs BOOL, found an integer (use TRUE or FALSE)", what);
        } else {
            String hint = target.isElementary() && t.type.isElementary() && !t.type.name.contains("literal")
                    ? " (convert with " + t.type.name + "_TO_" + target.name + ")" : "";
            diag.error(at, "type_mismatch",
                    "type mismatch: " + what + " needs " + target.name + ", found " + t.type.name + hint, what,
                    target.name, t.type.name, hint);
        }
        return placeholder(target);
    }

    /** A BOOL condition of IF, WHILE, UNTIL. */
    Expr condition(ExpressionContext e, String what) {
        return value(e, Type.BOOL, what);
    }

    static Expr placeholder(Type t) {
        return t.isReal() ? new Exprs.DoubleConst(0) : new Exprs.LongConst(0);
    }

    /** The value of a constant integer expression (literals, CONSTANT names, + - * / MOD), or null. */
    Long constInteger(ExpressionContext e) {
        return ConstantIntegers.of(e, body.scope);
    }

    /** Resolves a variable reference; null (with the error reported) when it does not resolve. */
    Ref ref(VariableContext v) {
        return references.resolve(v);
    }

    Expr load(Ref r) {
        return r.type.isReal() ? new Exprs.LoadDouble(r.doubleAddr) : Exprs.loadLong(r.longAddr);
    }

    Stmt store(Ref r, Expr value, int line) {
        return r.type.isReal() ? new Stmts.StoreDouble(r.doubleAddr, r.type.single(), value, line)
                : Stmts.storeLong(r.longAddr, r.type.wrap(), value, line);
    }

    static String article(Type t) {
        switch (t.kind) {
            case ARRAY:
                return "an ARRAY";
            case STRUCT:
                return "a STRUCT (" + t.name + ")";
            case BLOCK:
                return "an instance of " + t.name;
            default:
                return t.name;
        }
    }

    // ------------------------------------------------------------------ calls

    Typed call(Token name, java.util.List<ArgumentContext> args, ParserRuleContext at) {
        String n = name.getText();
        if (body.compilation.functions.isFunction(n)) {
            return body.compilation.functions.call(this, name, args, at);
        }
        if (StandardFunctions.isStandard(n)) {
            return functions.call(name, args, at);
        }
        Symbol s = body.scope.find(n);
        if (s != null && s.type.kind == Type.Kind.BLOCK) {
            diag.error(name, "instance_not_function",
                    "'" + n + "' is a function block instance: call it as a statement, then read its outputs (" + n
                    + ".Q)",
                    n);
        } else {
            diag.error(name, "unknown_function", "unknown function '" + n + "'", n);
        }
        return Typed.ERROR;
    }
}
