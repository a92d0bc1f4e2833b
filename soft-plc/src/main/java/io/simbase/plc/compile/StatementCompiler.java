package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser.ArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.BinaryExprContext;
import io.simbase.plc.parser.StructuredTextParser.ExpressionContext;
import io.simbase.plc.parser.StructuredTextParser.ExpressionStatementContext;
import io.simbase.plc.parser.StructuredTextParser.AssignmentContext;
import io.simbase.plc.parser.StructuredTextParser.CallStatementContext;
import io.simbase.plc.parser.StructuredTextParser.CaseElementContext;
import io.simbase.plc.parser.StructuredTextParser.CaseLabelContext;
import io.simbase.plc.parser.StructuredTextParser.CaseStatementContext;
import io.simbase.plc.parser.StructuredTextParser.ElsifPartContext;
import io.simbase.plc.parser.StructuredTextParser.ExitStatementContext;
import io.simbase.plc.parser.StructuredTextParser.ForStatementContext;
import io.simbase.plc.parser.StructuredTextParser.IfStatementContext;
import io.simbase.plc.parser.StructuredTextParser.InputArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.OutputArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.PositionalArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.RepeatStatementContext;
import io.simbase.plc.parser.StructuredTextParser.ReturnStatementContext;
import io.simbase.plc.parser.StructuredTextParser.StatementContext;
import io.simbase.plc.parser.StructuredTextParser.StatementListContext;
import io.simbase.plc.parser.StructuredTextParser.VariableContext;
import io.simbase.plc.parser.StructuredTextParser.VariableExprContext;
import io.simbase.plc.parser.StructuredTextParser.WhileStatementContext;
import io.simbase.plc.runtime.Addr;
import io.simbase.plc.runtime.Expr;
import io.simbase.plc.runtime.Exprs;
import io.simbase.plc.runtime.Stmt;
import io.simbase.plc.runtime.Stmts;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/** Checks and compiles the statements of one POU body. Compile time only. */
final class StatementCompiler {
    private final Body body;
    private final ExpressionCompiler ex;
    private final Diagnostics diag;

    StatementCompiler(Body body, ExpressionCompiler ex) {
        this.body = body;
        this.ex = ex;
        this.diag = body.diag();
    }

    Stmt block(StatementListContext list) {
        List<Stmt> out = new ArrayList<>();
        for (StatementContext s : list.statement()) {
            Stmt c = statement(s);
            if (c != Stmts.EMPTY) {
                out.add(c);
            }
        }
        return new Stmts.Block(out.toArray(new Stmt[0]), list.getStart().getLine());
    }

    private Stmt statement(StatementContext s) {
        int line = s.getStart().getLine();
        if (s instanceof AssignmentContext) {
            return assignment((AssignmentContext) s, line);
        }
        if (s instanceof CallStatementContext) {
            return call((CallStatementContext) s, line);
        }
        if (s instanceof IfStatementContext) {
            IfStatementContext i = (IfStatementContext) s;
            List<Expr> conds = new ArrayList<>();
            List<Stmt> branches = new ArrayList<>();
            conds.add(ex.condition(i.expression(), "IF"));
            branches.add(block(i.statementList(0)));
            for (ElsifPartContext e : i.elsifPart()) {
                conds.add(ex.condition(e.expression(), "ELSIF"));
                branches.add(block(e.statementList()));
            }
            Stmt otherwise = i.elseList == null ? Stmts.EMPTY : block(i.elseList);
            return new Stmts.If(conds.toArray(new Expr[0]), branches.toArray(new Stmt[0]), otherwise, line);
        }
        if (s instanceof CaseStatementContext) {
            return caseStatement((CaseStatementContext) s, line);
        }
        if (s instanceof ForStatementContext) {
            return forStatement((ForStatementContext) s, line);
        }
        if (s instanceof WhileStatementContext) {
            WhileStatementContext w = (WhileStatementContext) s;
            Expr c = ex.condition(w.expression(), "WHILE");
            return new Stmts.While(c, loopBody(w.statementList()), line);
        }
        if (s instanceof RepeatStatementContext) {
            RepeatStatementContext r = (RepeatStatementContext) s;
            Stmt b = loopBody(r.statementList());
            return new Stmts.Repeat(b, ex.condition(r.expression(), "UNTIL"), line);
        }
        if (s instanceof ExitStatementContext) {
            if (body.loops == 0) {
                diag.error(s, "exit_outside_loop", "EXIT outside a loop");
            }
            return new Stmts.Jump(Stmt.EXIT, line);
        }
        if (s instanceof ReturnStatementContext) {
            return new Stmts.Jump(Stmt.RETURN, line);
        }
        if (s instanceof ExpressionStatementContext) {
            ExpressionContext e = ((ExpressionStatementContext) s).expression();
            if (e instanceof BinaryExprContext && ((BinaryExprContext) e).op.getText().equals("=")) {
                diag.error(((BinaryExprContext) e).op, "equals_compares", "'=' compares; assign with ':='");
            } else {
                diag.error(e, "not_a_statement",
                        "this expression is not a statement (assign it with ':=' or call a function block)");
            }
            return Stmts.EMPTY;
        }
        return Stmts.EMPTY;
    }

    private Stmt loopBody(StatementListContext list) {
        body.loops++;
        try {
            return block(list);
        } finally {
            body.loops--;
        }
    }

    private Stmt assignment(AssignmentContext a, int line) {
        Ref r = ex.ref(a.variable());
        if (r == null) {
            ex.expr(a.expression());
            return Stmts.EMPTY;
        }
        if (!writable(r, a.variable())) {
            ex.expr(a.expression());
            return Stmts.EMPTY;
        }
        Expr v = ex.value(a.expression(), r.type, "assignment to '" + r.text + "'");
        return ex.store(r, v, line);
    }

    /** Reports why a reference cannot be assigned; true when it can. */
    private boolean writable(Ref r, ParserRuleContext at) {
        if (!r.type.isElementary()) {
            diag.error(at, "assign_whole", "cannot assign '" + r.text + "': it is " + ExpressionCompiler.article(r.type)
                    + "; assign its elements one by one", r.text, r.type.name, ExpressionCompiler.article(r.type));
            return false;
        }
        if (r.readOnly != null) {
            diag.error(at, "read_only", "cannot assign " + r.readOnly, r.text, r.readOnly);
            return false;
        }
        return true;
    }

    private Stmt call(CallStatementContext c, int line) {
        VariableContext callee = c.callee;
        String name = callee.ID().getText();
        if (callee.selector().isEmpty() && body.scope.find(name) == null) {
            Typed t = ex.call(callee.ID().getSymbol(), c.argument(), c);
            return t.type.isError() ? Stmts.EMPTY : new Stmts.Evaluate(t.expr, line);
        }
        Ref inst = ex.ref(callee);
        if (inst == null) {
            return Stmts.EMPTY;
        }
        if (inst.type.kind != Type.Kind.BLOCK) {
            diag.error(callee, "not_an_instance",
                    "'" + inst.text + "' is not a function block instance; only instances can be called", inst.text);
            return Stmts.EMPTY;
        }
        return blockCall(inst, c.argument(), line);
    }

    private Stmt blockCall(Ref inst, List<ArgumentContext> args, int line) {
        Type t = inst.type;
        List<Stmt> in = new ArrayList<>();
        List<Stmt> out = new ArrayList<>();
        int position = 0;
        for (ArgumentContext a : args) {
            if (a instanceof PositionalArgumentContext) {
                if (position >= t.inputs.size()) {
                    diag.error(a, "too_many_args", t.name + " has " + t.inputs.size() + " inputs; too many arguments",
                            t.name, t.inputs.size());
                    continue;
                }
                Type.Field f = t.inputs.get(position++);
                in.add(ex.store(field(inst, f), ex.value(((PositionalArgumentContext) a).expression(), f.type,
                        "input " + f.name + " of " + t.name), line));
                continue;
            }
            String fname = a instanceof InputArgumentContext ? ((InputArgumentContext) a).name.getText()
                    : ((OutputArgumentContext) a).name.getText();
            Type.Field f = t.fields.get(Type.key(fname));
            if (f == null || f.section == Type.Section.LOCAL) {
                diag.error(a, "no_input_output", t.name + " has no input or output '" + fname + "'", t.name, fname);
                continue;
            }
            Ref fr = field(inst, f);
            if (a instanceof InputArgumentContext) {
                InputArgumentContext ia = (InputArgumentContext) a;
                if (f.section == Type.Section.OUTPUT) {
                    diag.error(a, "output_connect",
                            "'" + f.name + "' is an output of " + t.name + ": connect it with " + f.name
                            + " => variable",
                            f.name, t.name);
                    continue;
                }
                if (f.section == Type.Section.IN_OUT) {
                    if (!(ia.expression() instanceof VariableExprContext)) {
                        diag.error(ia.expression(), "in_out_variable", "VAR_IN_OUT '" + f.name + "' needs a variable",
                                f.name);
                        continue;
                    }
                    Ref target = ex.ref(((VariableExprContext) ia.expression()).variable());
                    if (target == null) {
                        continue;
                    }
                    if (target.type != f.type) {
                        diag.error(ia.expression(), "in_out_type",
                                "type mismatch: VAR_IN_OUT '" + f.name + "' needs " + f.type.name + ", found "
                                + target.type.name,
                                f.name, f.type.name, target.type.name);
                        continue;
                    }
                    if (!writable(target, ia.expression())) {
                        continue;
                    }
                    in.add(ex.store(fr, ex.load(target), line));
                    out.add(ex.store(target, ex.load(fr), line));
                    continue;
                }
                in.add(ex.store(fr, ex.value(ia.expression(), f.type, "input " + f.name + " of " + t.name), line));
            } else {
                OutputArgumentContext oa = (OutputArgumentContext) a;
                if (f.section != Type.Section.OUTPUT) {
                    diag.error(a, "input_pass",
                            "'" + f.name + "' is an input of " + t.name + ": pass it with " + f.name + " := value",
                            f.name, t.name);
                    continue;
                }
                Ref target = ex.ref(oa.variable());
                if (target == null || !writable(target, oa.variable())) {
                    continue;
                }
                out.add(ex.store(target, ex.coerce(Typed.of(ex.load(fr), f.type), target.type, oa.variable(),
                        "output " + f.name + " of " + t.name), line));
            }
        }
        return new Stmts.BlockCall(inst.longAddr, inst.doubleAddr, new Stmts.Sequence(in.toArray(new Stmt[0])), t.body,
                new Stmts.Sequence(out.toArray(new Stmt[0])), line);
    }

    private static Ref field(Ref inst, Type.Field f) {
        return new Ref(inst.text + "." + f.name, f.type, Addr.offset(inst.longAddr, f.longOffset),
                Addr.offset(inst.doubleAddr, f.doubleOffset), null);
    }

    private Stmt caseStatement(CaseStatementContext c, int line) {
        Typed sel = ex.expr(c.expression());
        Expr selector = ExpressionCompiler.placeholder(Type.DINT);
        if (!sel.type.isError()) {
            if (!sel.type.isInteger()) {
                diag.error(c.expression(), "case_selector", "CASE needs an integer selector, found " + sel.type.name,
                        sel.type.name);
            } else {
                selector = sel.isIntConstant() ? new Exprs.LongConst(sel.longValue) : sel.expr;
            }
        }
        List<long[]> ranges = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        List<Stmt> branches = new ArrayList<>();
        for (CaseElementContext e : c.caseElement()) {
            for (CaseLabelContext l : e.caseLabel()) {
                Long lo = ex.constInteger(l.lower);
                Long hi = l.upper == null ? lo : ex.constInteger(l.upper);
                if (lo == null || hi == null) {
                    diag.error(l, "case_label", "a CASE label must be a constant integer or a range lo..hi");
                    continue;
                }
                if (lo > hi) {
                    diag.error(l, "case_range_empty", "empty CASE range " + lo + ".." + hi, lo, hi);
                    continue;
                }
                for (long[] r : ranges) {
                    if (lo <= r[1] && hi >= r[0]) {
                        diag.error(l, "case_overlap", "CASE label " + l.getText() + " overlaps an earlier label",
                                l.getText());
                        break;
                    }
                }
                ranges.add(new long[] {lo, hi});
                targets.add(branches.size());
            }
            branches.add(block(e.statementList()));
        }
        long[] lower = new long[ranges.size()];
        long[] upper = new long[ranges.size()];
        int[] target = new int[ranges.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = ranges.get(i)[0];
            upper[i] = ranges.get(i)[1];
            target[i] = targets.get(i);
        }
        Stmt otherwise = c.elseList == null ? Stmts.EMPTY : block(c.elseList);
        return new Stmts.Case(selector, lower, upper, target, branches.toArray(new Stmt[0]), otherwise, line);
    }

    private Stmt forStatement(ForStatementContext f, int line) {
        Symbol s = body.scope.find(f.control.getText());
        if (s == null) {
            diag.error(f.control, "unknown_name", "unknown name '" + f.control.getText() + "'", f.control.getText());
            return Stmts.EMPTY;
        }
        if (!s.type.isInteger() || s.type == Type.WORD) {
            diag.error(f.control, "for_variable_type",
                    "the FOR variable '" + s.name + "' must be INT, DINT or UINT, found " + s.type.name, s.name,
                    s.type.name);
            return Stmts.EMPTY;
        }
        if (s.readOnly != null) {
            diag.error(f.control, "for_variable_read_only", "cannot use " + s.readOnly + " as the FOR variable", s.name,
                    s.readOnly);
            return Stmts.EMPTY;
        }
        Expr from = ex.value(f.from, s.type, "FOR start");
        Expr to = ex.value(f.to, s.type, "FOR end");
        Expr by = f.by == null ? new Exprs.LongConst(1) : ex.value(f.by, s.type, "FOR step");
        Stmt b = loopBody(f.statementList());
        return new Stmts.For(s.longAddr, s.type.wrap(), from, to, by, b, line);
    }
}
