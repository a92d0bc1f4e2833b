package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser.ArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.BinaryExprContext;
import io.simbase.plc.parser.StructuredTextParser.CallExprContext;
import io.simbase.plc.parser.StructuredTextParser.ExpressionContext;
import io.simbase.plc.parser.StructuredTextParser.FieldSelectorContext;
import io.simbase.plc.parser.StructuredTextParser.IndexSelectorContext;
import io.simbase.plc.parser.StructuredTextParser.LiteralContext;
import io.simbase.plc.parser.StructuredTextParser.LiteralExprContext;
import io.simbase.plc.parser.StructuredTextParser.ParenExprContext;
import io.simbase.plc.parser.StructuredTextParser.SelectorContext;
import io.simbase.plc.parser.StructuredTextParser.UnaryExprContext;
import io.simbase.plc.parser.StructuredTextParser.VariableContext;
import io.simbase.plc.parser.StructuredTextParser.VariableExprContext;
import io.simbase.plc.parser.StructuredTextParser;
import io.simbase.plc.runtime.Addr;
import io.simbase.plc.runtime.Expr;
import io.simbase.plc.runtime.Exprs;
import io.simbase.plc.runtime.Stmt;
import io.simbase.plc.runtime.Stmts;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Checks and compiles expressions and variable references of one POU body: names resolved,
 * types checked with the standard's implicit conversions, literals typed by their context.
 * Every error is reported at its line and column and compilation goes on. Compile time only.
 */
final class ExpressionCompiler {
    private final Body body;
    private final Diagnostics diag;
    private final StandardFunctions functions;

    ExpressionCompiler(Body body) {
        this.body = body;
        this.diag = body.diag();
        this.functions = new StandardFunctions(this, diag);
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
            return literal(((LiteralExprContext) e).literal());
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
            return unary((UnaryExprContext) e);
        }
        if (e instanceof BinaryExprContext) {
            return binary((BinaryExprContext) e);
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

    private Typed literal(LiteralContext l) {
        Token t = l.getStart();
        switch (t.getType()) {
            case StructuredTextParser.INTEGER: {
                Long v = Literals.integer(t.getText());
                if (v == null) {
                    diag.error(t, "integer_too_large", "integer " + t.getText() + " is too large", t.getText());
                    return Typed.ERROR;
                }
                return new Typed(new Exprs.LongConst(v), Type.ANY_INT, v, v);
            }
            case StructuredTextParser.REAL_NUMBER: {
                double v = Literals.real(t.getText());
                return new Typed(new Exprs.DoubleConst(v), Type.ANY_REAL, 0, v);
            }
            case StructuredTextParser.TIME_LITERAL: {
                Long ms = Literals.time(t.getText());
                if (ms == null) {
                    diag.error(t, "time_literal", "malformed TIME literal '" + t.getText() + "' (example: T#1s500ms)",
                            t.getText());
                    return Typed.ERROR;
                }
                return Typed.of(new Exprs.LongConst(ms), Type.TIME);
            }
            case StructuredTextParser.TRUE:
                return Typed.of(new Exprs.LongConst(1), Type.BOOL);
            default:
                return Typed.of(new Exprs.LongConst(0), Type.BOOL);
        }
    }

    private Typed unary(UnaryExprContext u) {
        Typed a = expr(u.operand);
        if (a.type.isError()) {
            return Typed.ERROR;
        }
        String op = u.op.getText();
        if (u.op.getType() == StructuredTextParser.NOT) {
            if (!a.type.isBitString()) {
                diag.error(u, "not_operand", "NOT needs BOOL or WORD, found " + a.type.name, a.type.name);
                return Typed.ERROR;
            }
            return Typed.of(new Exprs.Not(a.type == Type.BOOL ? 1 : 0xFFFF, a.expr), a.type);
        }
        if (!a.type.isNumeric() && a.type != Type.TIME) {
            diag.error(u, "unary_number", "unary " + op + " needs a number, found " + a.type.name, op, a.type.name);
            return Typed.ERROR;
        }
        if (op.equals("+")) {
            return a;
        }
        if (!a.constant) {
            return a.type.isReal() ? Typed.generic(new Exprs.NegDouble(a.expr), a.type)
                    : Typed.generic(new Exprs.NegLong(io.simbase.plc.runtime.Wrap.NONE, a.expr), a.type);
        }
        switch (a.type.kind) {
            case ANY_INT:
                return new Typed(new Exprs.LongConst(-a.longValue), Type.ANY_INT, -a.longValue, -a.longValue);
            case ANY_REAL:
                return new Typed(new Exprs.DoubleConst(-a.doubleValue), Type.ANY_REAL, 0, -a.doubleValue);
            case REAL:
            case LREAL:
                return Typed.of(new Exprs.NegDouble(a.expr), a.type);
            default:
                return Typed.of(new Exprs.NegLong(a.type.wrap(), a.expr), a.type);
        }
    }

    private Typed binary(BinaryExprContext b) {
        Typed x = expr(b.left);
        Typed y = expr(b.right);
        if (x.type.isError() || y.type.isError()) {
            return Typed.ERROR;
        }
        int line = b.op.getLine();
        String op = b.op.getText().toUpperCase(java.util.Locale.ROOT);
        switch (op) {
            case "AND":
            case "&":
            case "OR":
            case "XOR":
                return logic(b, op, x, y);
            case "=":
            case "<>":
            case "<":
            case "<=":
            case ">":
            case ">=":
                return compare(b, op, x, y);
            default:
                return arithmetic(b, op, x, y, line);
        }
    }

    private Typed logic(BinaryExprContext b, String op, Typed x, Typed y) {
        Type t = null;
        if (x.type == Type.BOOL && y.type == Type.BOOL) {
            t = Type.BOOL;
        } else if ((x.type == Type.WORD || y.type == Type.WORD)
                && (x.type == Type.WORD || x.type.kind == Type.Kind.ANY_INT)
                && (y.type == Type.WORD || y.type.kind == Type.Kind.ANY_INT)) {
            t = Type.WORD;
        }
        if (t == null) {
            diag.error(b.op, "logic_operands",
                    op + " needs two BOOL or two WORD operands, found " + x.type.name + " and " + y.type.name, op,
                    x.type.name, y.type.name);
            return Typed.ERROR;
        }
        int code = op.equals("OR") ? Exprs.OR : op.equals("XOR") ? Exprs.XOR : Exprs.AND;
        return Typed.of(new Exprs.Logic(code, coerce(x, t, b.left, op), coerce(y, t, b.right, op)), t);
    }

    private Typed compare(BinaryExprContext b, String op, Typed x, Typed y) {
        Type t = Conversions.common(x.type, y.type);
        if (t == null) {
            diag.error(b.op, "cannot_compare", "cannot compare " + x.type.name + " with " + y.type.name, x.type.name,
                    y.type.name);
            return Typed.ERROR;
        }
        if (t.kind == Type.Kind.ANY_INT) {
            t = Type.DINT.min() <= Math.min(x.longValue, y.longValue) && Math.max(x.longValue, y.longValue) <= Type.DINT.max()
                    ? Type.DINT : Type.LREAL;
        } else if (t.kind == Type.Kind.ANY_REAL) {
            t = Type.LREAL;
        }
        int code;
        switch (op) {
            case "=":
                code = Exprs.EQ;
                break;
            case "<>":
                code = Exprs.NE;
                break;
            case "<":
                code = Exprs.LT;
                break;
            case "<=":
                code = Exprs.LE;
                break;
            case ">":
                code = Exprs.GT;
                break;
            default:
                code = Exprs.GE;
                break;
        }
        Expr l = coerce(x, t, b.left, op);
        Expr r = coerce(y, t, b.right, op);
        return Typed.of(t.isReal() ? new Exprs.CompareDouble(code, l, r) : new Exprs.CompareLong(code, l, r), Type.BOOL);
    }

    private Typed arithmetic(BinaryExprContext b, String op, Typed x, Typed y, int line) {
        int code;
        switch (op) {
            case "+":
                code = Exprs.ADD;
                break;
            case "-":
                code = Exprs.SUB;
                break;
            case "*":
                code = Exprs.MUL;
                break;
            case "/":
                code = Exprs.DIV;
                break;
            case "MOD":
                code = Exprs.MOD;
                break;
            default:
                code = Exprs.POW;
                break;
        }
        // TIME arithmetic: TIME +- TIME, TIME */ integer.
        if (x.type == Type.TIME || y.type == Type.TIME) {
            boolean ok = (code == Exprs.ADD || code == Exprs.SUB) && x.type == Type.TIME && y.type == Type.TIME
                    || (code == Exprs.MUL || code == Exprs.DIV) && x.type == Type.TIME && y.type.isInteger()
                    || code == Exprs.MUL && y.type == Type.TIME && x.type.isInteger();
            if (!ok) {
                diag.error(b.op, "operator_not_apply",
                        "operator " + op + " does not apply to " + x.type.name + " and " + y.type.name, op, x.type.name,
                        y.type.name);
                return Typed.ERROR;
            }
            Expr l = x.type == Type.TIME ? x.expr : coerce(x, Type.DINT, b.left, op);
            Expr r = y.type == Type.TIME ? y.expr : coerce(y, Type.DINT, b.right, op);
            return Typed.of(new Exprs.LongArith(code, io.simbase.plc.runtime.Wrap.NONE, l, r, line), Type.TIME);
        }
        if (!x.type.isNumeric() || !y.type.isNumeric()) {
            diag.error(b.op, "operator_numbers",
                    "operator " + op + " needs numbers, found " + x.type.name + " and " + y.type.name, op, x.type.name,
                    y.type.name);
            return Typed.ERROR;
        }
        if (code == Exprs.POW) {
            Type t = x.type == Type.LREAL || y.type == Type.LREAL || x.type == Type.DINT || y.type == Type.DINT
                    ? Type.LREAL : Type.REAL;
            Expr l = x.type.isReal() || x.type.kind == Type.Kind.ANY_INT ? coerce(x, t, b.left, op) : new Exprs.LongToDouble(false, x.expr);
            Expr r = y.type.isReal() || y.type.kind == Type.Kind.ANY_INT ? coerce(y, t, b.right, op) : new Exprs.LongToDouble(false, y.expr);
            return Typed.of(new Exprs.DoubleArith(code, t.single(), l, r, line), t);
        }
        if (x.isIntConstant() && y.isIntConstant()) {
            return foldInteger(b, code, x.longValue, y.longValue);
        }
        if (!x.constant || !y.constant) {
            // a computed value of a literal type: type it as the standard's widest
            x = x.constant ? x : Typed.of(x.expr, x.type.isReal() ? Type.LREAL : Type.DINT);
            y = y.constant ? y : Typed.of(y.expr, y.type.isReal() ? Type.LREAL : Type.DINT);
        } else if (x.type.kind == Type.Kind.ANY_REAL && y.type.isReal() || y.type.kind == Type.Kind.ANY_REAL && x.type.isReal()
                || x.type.kind == Type.Kind.ANY_REAL && y.type.kind == Type.Kind.ANY_INT
                || x.type.kind == Type.Kind.ANY_INT && y.type.kind == Type.Kind.ANY_REAL) {
            if ((x.type.kind == Type.Kind.ANY_REAL || x.type.kind == Type.Kind.ANY_INT)
                    && (y.type.kind == Type.Kind.ANY_REAL || y.type.kind == Type.Kind.ANY_INT)) {
                double a = x.type.kind == Type.Kind.ANY_INT ? x.longValue : x.doubleValue;
                double c = y.type.kind == Type.Kind.ANY_INT ? y.longValue : y.doubleValue;
                double v = code == Exprs.ADD ? a + c : code == Exprs.SUB ? a - c : code == Exprs.MUL ? a * c : a / c;
                if (code == Exprs.MOD) {
                    diag.error(b.op, "mod_integers", "MOD needs integers");
                    return Typed.ERROR;
                }
                return new Typed(new Exprs.DoubleConst(v), Type.ANY_REAL, 0, v);
            }
        }
        Type t = Conversions.common(x.type, y.type);
        if (t == null) {
            diag.error(b.op, "operand_mismatch", "type mismatch: " + x.type.name + " " + op + " " + y.type.name
                    + " (convert one side with a *_TO_* function)", x.type.name, op, y.type.name);
            return Typed.ERROR;
        }
        Expr l = coerce(x, t, b.left, op);
        Expr r = coerce(y, t, b.right, op);
        if (t.isReal()) {
            if (code == Exprs.MOD) {
                diag.error(b.op, "mod_integers_found", "MOD needs integers, found " + t.name, t.name);
                return Typed.ERROR;
            }
            return Typed.of(new Exprs.DoubleArith(code, t.single(), l, r, line), t);
        }
        if (t == Type.WORD) {
            diag.error(b.op, "word_arithmetic",
                    "operator " + op + " does not apply to WORD (a bit string); convert with WORD_TO_UINT", op);
            return Typed.ERROR;
        }
        return Typed.of(new Exprs.LongArith(code, t.wrap(), l, r, line), t);
    }

    private Typed foldInteger(BinaryExprContext b, int code, long x, long y) {
        long v;
        switch (code) {
            case Exprs.ADD:
                v = x + y;
                break;
            case Exprs.SUB:
                v = x - y;
                break;
            case Exprs.MUL:
                v = x * y;
                break;
            default:
                if (y == 0) {
                    diag.error(b.op, "division_by_zero", "division by zero");
                    return Typed.ERROR;
                }
                v = code == Exprs.DIV ? x / y : x % y;
                break;
        }
        return new Typed(new Exprs.LongConst(v), Type.ANY_INT, v, v);
    }

    // ------------------------------------------------------------------ constants

    /** The value of a constant integer expression (literals, CONSTANT names, + - * / MOD), or null. */
    Long constInteger(ExpressionContext e) {
        if (e instanceof ParenExprContext) {
            return constInteger(((ParenExprContext) e).expression());
        }
        if (e instanceof LiteralExprContext) {
            Token t = ((LiteralExprContext) e).literal().getStart();
            return t.getType() == StructuredTextParser.INTEGER ? Literals.integer(t.getText()) : null;
        }
        if (e instanceof UnaryExprContext) {
            UnaryExprContext u = (UnaryExprContext) e;
            Long v = constInteger(u.operand);
            if (v == null || u.op.getType() == StructuredTextParser.NOT) {
                return null;
            }
            return u.op.getText().equals("-") ? -v : v;
        }
        if (e instanceof VariableExprContext) {
            VariableContext v = ((VariableExprContext) e).variable();
            if (!v.selector().isEmpty()) {
                return null;
            }
            Symbol s = body.scope.find(v.ID().getText());
            return s == null ? null : s.constant;
        }
        if (e instanceof BinaryExprContext) {
            BinaryExprContext b = (BinaryExprContext) e;
            Long x = constInteger(b.left);
            Long y = constInteger(b.right);
            if (x == null || y == null) {
                return null;
            }
            switch (b.op.getText().toUpperCase(java.util.Locale.ROOT)) {
                case "+":
                    return x + y;
                case "-":
                    return x - y;
                case "*":
                    return x * y;
                case "/":
                    return y == 0 ? null : x / y;
                case "MOD":
                    return y == 0 ? null : x % y;
                default:
                    return null;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ variables

    /** Resolves a variable reference; null (with the error reported) when it does not resolve. */
    Ref ref(VariableContext v) {
        Token id = v.ID().getSymbol();
        Symbol s = body.scope.find(id.getText());
        if (s == null) {
            if (body.compilation.isFunction(id.getText()) || StandardFunctions.isStandard(id.getText())) {
                diag.error(id, "function_needs_call", "'" + id.getText() + "' is a function: call it with ( )",
                        id.getText());
            } else {
                diag.error(id, "unknown_name", "unknown name '" + id.getText() + "'", id.getText());
            }
            return null;
        }
        Type type = s.type;
        Addr l = s.longAddr;
        Addr d = s.doubleAddr;
        String readOnly = s.readOnly;
        StringBuilder text = new StringBuilder(s.name);
        for (SelectorContext sel : v.selector()) {
            if (type.isError()) {
                return null;
            }
            if (sel instanceof IndexSelectorContext) {
                for (ExpressionContext ie : ((IndexSelectorContext) sel).expression()) {
                    if (type.kind != Type.Kind.ARRAY) {
                        diag.error(ie, "not_an_array", "'" + text + "' is not an ARRAY", text);
                        return null;
                    }
                    Typed idx = expr(ie);
                    if (idx.type.isError()) {
                        return null;
                    }
                    if (!idx.type.isInteger()) {
                        diag.error(ie, "index_type", "an array index must be an integer, found " + idx.type.name,
                                idx.type.name);
                        return null;
                    }
                    Type el = type.element;
                    if (idx.isIntConstant()) {
                        if (idx.longValue < type.lower || idx.longValue > type.upper) {
                            diag.error(ie, "index_range",
                                    "index " + idx.longValue + " out of range [" + type.lower + ".." + type.upper
                                    + "] of '" + text + "'",
                                    idx.longValue, type.lower, type.upper, text);
                            return null;
                        }
                        l = Addr.offset(l, (int) (idx.longValue - type.lower) * el.longs);
                        d = Addr.offset(d, (int) (idx.longValue - type.lower) * el.doubles);
                    } else {
                        int line = ie.getStart().getLine();
                        if (el.longs > 0) {
                            l = new Addr.Indexed(l, idx.expr, type.lower, type.upper, el.longs, line);
                        }
                        if (el.doubles > 0) {
                            d = new Addr.Indexed(d, idx.expr, type.lower, type.upper, el.doubles, line);
                        }
                    }
                    text.append('[').append(ie.getText()).append(']');
                    type = el;
                }
            } else {
                Token f = ((FieldSelectorContext) sel).ID().getSymbol();
                if (type.kind != Type.Kind.STRUCT && type.kind != Type.Kind.BLOCK) {
                    diag.error(f, "no_fields", "'" + text + "' has no fields (it is " + article(type) + ")", text,
                            type.name, article(type));
                    return null;
                }
                Type.Field field = type.fields.get(Type.key(f.getText()));
                if (field == null) {
                    diag.error(f, "no_such_field",
                            "'" + text + "' (" + type.name + ") has no field '" + f.getText() + "'", text, type.name,
                            f.getText());
                    return null;
                }
                if (type.kind == Type.Kind.BLOCK) {
                    if (field.section == Type.Section.LOCAL) {
                        diag.error(f, "field_internal",
                                "'" + f.getText() + "' is internal to function block " + type.name, f.getText(),
                                type.name);
                        return null;
                    }
                    if (field.section == Type.Section.OUTPUT && readOnly == null) {
                        readOnly = "'" + text + "." + field.name + "' is an output of " + type.name
                                + " (connect it with => in the call, or read it)";
                    }
                }
                l = Addr.offset(l, field.longOffset);
                d = Addr.offset(d, field.doubleOffset);
                text.append('.').append(field.name);
                type = field.type;
            }
        }
        return new Ref(text.toString(), type, l, d, readOnly);
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
        if (body.compilation.isFunction(n)) {
            return body.compilation.callFunction(this, name, args, at);
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
