package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser.ExpressionContext;
import io.simbase.plc.parser.StructuredTextParser.FieldSelectorContext;
import io.simbase.plc.parser.StructuredTextParser.IndexSelectorContext;
import io.simbase.plc.parser.StructuredTextParser.SelectorContext;
import io.simbase.plc.parser.StructuredTextParser.VariableContext;
import io.simbase.plc.runtime.Addr;
import org.antlr.v4.runtime.Token;

/**
 * Resolves variable references ({@code x}, {@code a[i].f}, {@code t1.Q}) of one POU body to a
 * type and an address: array indexes (checked against the bounds when constant), structure and
 * function block fields, and whether the reference may be assigned. Index expressions are
 * compiled by the owning {@link ExpressionCompiler}. Compile time only, single-threaded.
 */
final class References {
    private final Body body;
    private final ExpressionCompiler expressions;
    private final Diagnostics diag;

    References(Body body, ExpressionCompiler expressions, Diagnostics diag) {
        this.body = body;
        this.expressions = expressions;
        this.diag = diag;
    }

    /** Resolves a variable reference; null (with the error reported) when it does not resolve. */
    Ref resolve(VariableContext v) {
        Token id = v.ID().getSymbol();
        Symbol s = body.scope.find(id.getText());
        if (s == null) {
            if (body.compilation.functions.isFunction(id.getText()) || StandardFunctions.isStandard(id.getText())) {
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
                    Typed idx = expressions.expr(ie);
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
                    diag.error(f, "no_fields", "'" + text + "' has no fields (it is " + ExpressionCompiler.article(type) + ")", text,
                            type.name, ExpressionCompiler.article(type));
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
}
