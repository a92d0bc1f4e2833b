package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser;
import io.simbase.plc.parser.StructuredTextParser.BinaryExprContext;
import io.simbase.plc.parser.StructuredTextParser.ExpressionContext;
import io.simbase.plc.parser.StructuredTextParser.LiteralExprContext;
import io.simbase.plc.parser.StructuredTextParser.ParenExprContext;
import io.simbase.plc.parser.StructuredTextParser.UnaryExprContext;
import io.simbase.plc.parser.StructuredTextParser.VariableContext;
import io.simbase.plc.parser.StructuredTextParser.VariableExprContext;
import org.antlr.v4.runtime.Token;

/**
 * Evaluates constant integer expressions at compile time, for array bounds and CASE labels.
 * Reports nothing: a caller that needs a constant says so when it gets null. Stateless.
 */
final class ConstantIntegers {
    private ConstantIntegers() {
    }

    /** The value of a constant integer expression (literals, CONSTANT names, + - * / MOD), or null. */
    static Long of(ExpressionContext e, Scope scope) {
        if (e instanceof ParenExprContext) {
            return of(((ParenExprContext) e).expression(), scope);
        }
        if (e instanceof LiteralExprContext) {
            Token t = ((LiteralExprContext) e).literal().getStart();
            return t.getType() == StructuredTextParser.INTEGER ? Literals.integer(t.getText()) : null;
        }
        if (e instanceof UnaryExprContext) {
            UnaryExprContext u = (UnaryExprContext) e;
            Long v = of(u.operand, scope);
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
            Symbol s = scope.find(v.ID().getText());
            return s == null ? null : s.constant;
        }
        if (e instanceof BinaryExprContext) {
            BinaryExprContext b = (BinaryExprContext) e;
            Long x = of(b.left, scope);
            Long y = of(b.right, scope);
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
}
