package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser;
import io.simbase.plc.parser.StructuredTextParser.ArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.ExpressionContext;
import io.simbase.plc.parser.StructuredTextParser.FunctionPouContext;
import io.simbase.plc.parser.StructuredTextParser.InputArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.PositionalArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.VarBlockContext;
import io.simbase.plc.parser.StructuredTextParser.VarDeclarationContext;
import io.simbase.plc.runtime.Addr;
import io.simbase.plc.runtime.Expr;
import io.simbase.plc.runtime.Functions;
import io.simbase.plc.runtime.Stmt;
import io.simbase.plc.runtime.Stmts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The file's user FUNCTIONs: each compiled once into fixed slots (parameters, result, body),
 * and their calls, with arguments by position or by name, recursion refused. Compile time only.
 */
final class UserFunctions {
    private final Compilation c;
    private final Diagnostics diag;
    private final Map<String, UserFunction> compiled = new HashMap<>();

    UserFunctions(Compilation c) {
        this.c = c;
        this.diag = c.diag;
    }

    /** A compiled user FUNCTION: its parameters, result and body, all in fixed slots. */
    static final class UserFunction {
        final String name;
        final List<Symbol> inputs = new ArrayList<>();
        Symbol result;
        Stmt init = Stmts.EMPTY;
        Stmt body = Stmts.EMPTY;
        boolean inProgress = true;

        UserFunction(String name) {
            this.name = name;
        }
    }

    boolean isFunction(String name) {
        return c.declarations.functionDecls.containsKey(Type.key(name));
    }

    /** Compiles the FUNCTION of that (upper-case) name once; a later use gets the same. */
    UserFunction function(String k) {
        UserFunction done = compiled.get(k);
        if (done != null) {
            return done;
        }
        FunctionPouContext f = c.declarations.functionDecls.get(k);
        UserFunction fn = new UserFunction(f.name.getText());
        compiled.put(k, fn);
        Body body = new Body(c, Body.Kind.FUNCTION, fn.name, new Scope(c.globals), c.global);
        Type rt = c.types.typeOf(f.result, body);
        if (!rt.isElementary() && !rt.isError()) {
            diag.error(f.result, "function_result_type",
                    "a FUNCTION returns an elementary type, not " + ExpressionCompiler.article(rt), rt.name,
                    ExpressionCompiler.article(rt));
            rt = Type.ERROR;
        }
        int[] at = c.global.reserve(rt);
        fn.result = new Symbol(fn.name, rt, Addr.fixed(at[0]), Addr.fixed(at[1]), null, null);
        body.scope.declare(fn.result);
        List<Stmt> init = new ArrayList<>();
        for (VarBlockContext b : f.varBlock()) {
            List<Stmt> one = c.variables.declareBlocks(body, List.of(b), null);
            init.addAll(one);
            if (b.kind.getType() == StructuredTextParser.VAR_INPUT) {
                for (VarDeclarationContext v : b.varDeclaration()) {
                    for (TerminalNode id : v.ID()) {
                        Symbol s = body.scope.find(id.getText());
                        if (s != null && s != fn.result && !fn.inputs.contains(s)) {
                            fn.inputs.add(s);
                        }
                    }
                }
            }
        }
        // The result starts at 0 on every call, like the other temporaries.
        init.add(0, new ExpressionCompiler(body).store(new Ref(fn.name, rt.isError() ? Type.DINT : rt, fn.result.longAddr,
                fn.result.doubleAddr, null), ExpressionCompiler.placeholder(rt), f.getStart().getLine()));
        fn.init = new Stmts.Sequence(init.toArray(new Stmt[0]));
        fn.body = new StatementCompiler(body, new ExpressionCompiler(body)).block(f.statementList());
        fn.inProgress = false;
        return fn;
    }

    /** Compiles a call of a user FUNCTION in the caller's body. */
    Typed call(ExpressionCompiler caller, Token name, List<ArgumentContext> args, ParserRuleContext at) {
        UserFunction fn = function(Type.key(name.getText()));
        if (fn.inProgress) {
            diag.error(name, "recursion", "recursive call of " + fn.name + " (IEC 61131-3 forbids recursion)", fn.name);
            return Typed.ERROR;
        }
        if (fn.result.type.isError()) {
            return Typed.ERROR;
        }
        List<Stmt> evaluate = new ArrayList<>();
        List<Stmt> copy = new ArrayList<>();
        int position = 0;
        boolean[] given = new boolean[fn.inputs.size()];
        for (ArgumentContext a : args) {
            Symbol p;
            ExpressionContext e;
            if (a instanceof PositionalArgumentContext) {
                if (position >= fn.inputs.size()) {
                    diag.error(a, "function_arg_count",
                            fn.name + " takes " + fn.inputs.size() + " argument" + (fn.inputs.size() == 1 ? "" : "s"),
                            fn.name, fn.inputs.size(), (fn.inputs.size() == 1 ? "" : "s"));
                    return Typed.ERROR;
                }
                p = fn.inputs.get(position++);
                e = ((PositionalArgumentContext) a).expression();
            } else if (a instanceof InputArgumentContext) {
                InputArgumentContext ia = (InputArgumentContext) a;
                p = null;
                for (Symbol s : fn.inputs) {
                    if (s.name.equalsIgnoreCase(ia.name.getText())) {
                        p = s;
                    }
                }
                if (p == null) {
                    diag.error(ia.name, "function_no_input", fn.name + " has no input '" + ia.name.getText() + "'",
                            fn.name, ia.name.getText());
                    return Typed.ERROR;
                }
                e = ia.expression();
            } else {
                diag.error(a, "function_no_outputs", "a FUNCTION has no outputs to connect with =>");
                return Typed.ERROR;
            }
            given[fn.inputs.indexOf(p)] = true;
            // Each argument first goes to a slot of this call, so that an argument that calls the
            // same function cannot overwrite a parameter already set.
            int[] tmp = c.global.reserve(p.type);
            Ref temp = new Ref(p.name, p.type, Addr.fixed(tmp[0]), Addr.fixed(tmp[1]), null);
            int line = e.getStart().getLine();
            evaluate.add(caller.store(temp, caller.value(e, p.type, "input " + p.name + " of " + fn.name), line));
            copy.add(caller.store(new Ref(p.name, p.type, p.longAddr, p.doubleAddr, null), caller.load(temp), line));
        }
        for (int i = 0; i < given.length; i++) {
            if (!given[i]) {
                diag.error(at, "function_input_missing", fn.name + ": input '" + fn.inputs.get(i).name + "' is missing",
                        fn.name, fn.inputs.get(i).name);
                return Typed.ERROR;
            }
        }
        List<Stmt> prologue = new ArrayList<>(evaluate);
        prologue.add(fn.init);
        prologue.addAll(copy);
        Expr result = caller.load(new Ref(fn.name, fn.result.type, fn.result.longAddr, fn.result.doubleAddr, null));
        return Typed.of(new Functions.UserCall(new Stmts.Sequence(prologue.toArray(new Stmt[0])), fn.body, result),
                fn.result.type);
    }
}
