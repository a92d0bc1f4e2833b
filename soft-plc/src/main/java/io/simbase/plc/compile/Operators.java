package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser;
import io.simbase.plc.parser.StructuredTextParser.BinaryExprContext;
import io.simbase.plc.parser.StructuredTextParser.UnaryExprContext;
import io.simbase.plc.runtime.Expr;
import io.simbase.plc.runtime.Exprs;

/**
 * Type-checks and compiles the unary and binary operators of ST (logic, comparison,
 * arithmetic including TIME arithmetic), folding literal operands at compile time. Operands are
 * compiled by the owning {@link ExpressionCompiler}. Compile time only, single-threaded.
 */
final class Operators {
    private final ExpressionCompiler expressions;
    private final Diagnostics diag;

    Operators(ExpressionCompiler expressions, Diagnostics diag) {
        this.expressions = expressions;
        this.diag = diag;
    }

    Typed unary(UnaryExprContext u) {
        Typed a = expressions.expr(u.operand);
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

    Typed binary(BinaryExprContext b) {
        Typed x = expressions.expr(b.left);
        Typed y = expressions.expr(b.right);
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
        return Typed.of(new Exprs.Logic(code, expressions.coerce(x, t, b.left, op), expressions.coerce(y, t, b.right, op)), t);
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
        Expr l = expressions.coerce(x, t, b.left, op);
        Expr r = expressions.coerce(y, t, b.right, op);
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
            Expr l = x.type == Type.TIME ? x.expr : expressions.coerce(x, Type.DINT, b.left, op);
            Expr r = y.type == Type.TIME ? y.expr : expressions.coerce(y, Type.DINT, b.right, op);
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
            Expr l = x.type.isReal() || x.type.kind == Type.Kind.ANY_INT ? expressions.coerce(x, t, b.left, op) : new Exprs.LongToDouble(false, x.expr);
            Expr r = y.type.isReal() || y.type.kind == Type.Kind.ANY_INT ? expressions.coerce(y, t, b.right, op) : new Exprs.LongToDouble(false, y.expr);
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
        Expr l = expressions.coerce(x, t, b.left, op);
        Expr r = expressions.coerce(y, t, b.right, op);
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
}
