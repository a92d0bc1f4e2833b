package io.simbase.plc.compile;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;
import io.simbase.plc.AddressMap;
import io.simbase.plc.CompileResult;
import io.simbase.plc.IoArea;
import io.simbase.plc.PlcProgram;
import io.simbase.plc.parser.StructuredTextLexer;
import io.simbase.plc.parser.StructuredTextParser;
import io.simbase.plc.parser.StructuredTextParser.AliasDeclarationContext;
import io.simbase.plc.parser.StructuredTextParser.ArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.ArrayInitContext;
import io.simbase.plc.parser.StructuredTextParser.ArrayTypeContext;
import io.simbase.plc.parser.StructuredTextParser.CompilationUnitContext;
import io.simbase.plc.parser.StructuredTextParser.ExpressionContext;
import io.simbase.plc.parser.StructuredTextParser.FunctionBlockPouContext;
import io.simbase.plc.parser.StructuredTextParser.FunctionPouContext;
import io.simbase.plc.parser.StructuredTextParser.InputArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.NamedTypeContext;
import io.simbase.plc.parser.StructuredTextParser.PositionalArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.PouContext;
import io.simbase.plc.parser.StructuredTextParser.ProgramPouContext;
import io.simbase.plc.parser.StructuredTextParser.ScalarInitContext;
import io.simbase.plc.parser.StructuredTextParser.StructDeclarationContext;
import io.simbase.plc.parser.StructuredTextParser.SubrangeContext;
import io.simbase.plc.parser.StructuredTextParser.TypeDeclarationContext;
import io.simbase.plc.parser.StructuredTextParser.TypeDeclarationsContext;
import io.simbase.plc.parser.StructuredTextParser.TypeSpecContext;
import io.simbase.plc.parser.StructuredTextParser.VarBlockContext;
import io.simbase.plc.parser.StructuredTextParser.VarDeclarationContext;
import io.simbase.plc.runtime.Addr;
import io.simbase.plc.runtime.Expr;
import io.simbase.plc.runtime.Functions;
import io.simbase.plc.runtime.Memory;
import io.simbase.plc.runtime.ScanFault;
import io.simbase.plc.runtime.StandardBlock;
import io.simbase.plc.runtime.Stmt;
import io.simbase.plc.runtime.Stmts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Compiles one Structured Text file against a scene's tags: parses it, declares the scene's
 * tags as global variables, lays out every variable in slots, checks and compiles the PROGRAM
 * and the FUNCTION_BLOCKs and FUNCTIONs it uses, and computes the initial memory image.
 * Single use, compile time only.
 */
public final class Compilation {
    /** Largest number of watchable variables of one program. */
    private static final int WATCH_LIMIT = 4096;
    private static final Pattern DIRECT = Pattern.compile("%([IQM])([XWBD]?)(\\d+)(?:\\.(\\d+))?");

    final Diagnostics diag;
    private final IoLayout tags;
    private final AddressMap addresses;
    private final Frame global = new Frame(false);
    private final Scope globals = new Scope(null);
    private final Map<String, ParserRuleContext> typeDecls = new HashMap<>();
    private final Map<String, Type> types = new HashMap<>();
    private final Map<String, FunctionBlockPouContext> blockDecls = new HashMap<>();
    private final Map<String, FunctionPouContext> functionDecls = new HashMap<>();
    private final Map<String, UserFunction> functions = new HashMap<>();
    private final List<int[]> inputs = new ArrayList<>();
    private final List<int[]> outputs = new ArrayList<>();
    /** Program variables and tags for the watch, in declaration order. */
    private final Map<String, Symbol> watched = new LinkedHashMap<>();

    private Compilation(String file, IoLayout tags, AddressMap addresses) {
        this.diag = new Diagnostics(file);
        this.tags = tags;
        this.addresses = addresses;
    }

    /** Compiles {@code source}; errors name {@code file}. */
    public static CompileResult compile(String source, String file, IoLayout tags, AddressMap addresses) {
        return new Compilation(file, tags, addresses).run(source);
    }

    private CompileResult run(String source) {
        StructuredTextLexer lexer = new StructuredTextLexer(CharStreams.fromString(source));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        StructuredTextParser parser = new StructuredTextParser(tokens);
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                                    RecognitionException e) {
                diag.error(line, col + 1, "syntax", "syntax error: " + msg, msg);
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        // Two stages, as ANTLR recommends: the fast SLL prediction, which stops at the first
        // problem; only then the full LL prediction with error recovery and every message.
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        CompilationUnitContext unit;
        try {
            unit = parser.compilationUnit();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(listener);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            unit = parser.compilationUnit();
        }
        if (diag.any()) {
            return new CompileResult(null, diag.sorted());
        }
        ProgramPouContext program = collect(unit);
        declareTags();
        if (program == null) {
            diag.error(1, 1, "no_program", "no PROGRAM in this file");
            return new CompileResult(null, diag.sorted());
        }
        PlcProgram compiled = compileProgram(program);
        // FUNCTION_BLOCKs and FUNCTIONs not used by the program are still checked.
        for (String name : blockDecls.keySet()) {
            blockType(name, blockDecls.get(name).name);
        }
        for (String name : functionDecls.keySet()) {
            function(name);
        }
        if (diag.any() || global.overflowed()) {
            if (!diag.any()) {
                diag.error(1, 1, "too_many_slots", "the program needs more than " + Frame.MAX_SLOTS + " memory slots",
                        Frame.MAX_SLOTS);
            }
            return new CompileResult(null, diag.sorted());
        }
        return new CompileResult(compiled, List.of());
    }

    // ------------------------------------------------------------------ declarations

    private ProgramPouContext collect(CompilationUnitContext unit) {
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
        if (Type.elementary(k) != null || isStandardBlock(k) || StandardFunctions.isStandard(k)) {
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

    private static boolean isStandardBlock(String upper) {
        for (StandardBlock b : StandardBlock.values()) {
            if (b.name().equals(upper)) {
                return true;
            }
        }
        return false;
    }

    /** The scene's tags as global variables: sensors read-only, actuators writable. */
    private void declareTags() {
        for (TagDef t : tags.tags()) {
            if (!t.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                continue;
            }
            Type type = tagType(t);
            int[] at = global.reserve(type);
            boolean sensor = t.direction() == Direction.SENSOR;
            Symbol s = new Symbol(t.name(), type, Addr.fixed(at[0]), Addr.fixed(at[1]),
                    sensor ? "sensor tag '" + t.name() + "' (read-only: the plant writes it)" : null, null);
            globals.declare(s);
            watched.put(Type.key(t.name()), s);
            bind(t.index(), type, at, sensor, false);
        }
    }

    /** bool is BOOL; int is INT when its range fits 16 bits signed, else DINT; real is REAL. */
    static Type tagType(TagDef t) {
        if (t.type() == TagType.BOOL) {
            return Type.BOOL;
        }
        if (t.type() == TagType.REAL) {
            return Type.REAL;
        }
        return t.min() >= Short.MIN_VALUE && t.max() <= Short.MAX_VALUE ? Type.INT : Type.DINT;
    }

    private void bind(int tag, Type type, int[] at, boolean input, boolean register) {
        int kind = register ? PlcProgram.REGISTER : type.isReal() ? PlcProgram.DOUBLE_VALUE : PlcProgram.LONG_VALUE;
        int slot = type.isReal() ? at[1] : at[0];
        int wrap = type.isReal() ? (type.single() ? 1 : 0) : type.wrap();
        (input ? inputs : outputs).add(new int[] {tag, slot, kind, wrap});
    }

    // ------------------------------------------------------------------ types

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
        for (StandardBlock b : StandardBlock.values()) {
            if (b.name().equals(k)) {
                return standardBlockType(b);
            }
        }
        if (blockDecls.containsKey(k)) {
            return blockType(k, name);
        }
        if (typeDecls.containsKey(k)) {
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
        ParserRuleContext d = typeDecls.get(k);
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
        Body inner = new Body(this, Body.Kind.TYPE, s.name.getText(), new Scope(globals), new Frame(true));
        List<Stmt> init = new ArrayList<>();
        for (VarDeclarationContext v : s.varDeclaration()) {
            declare(inner, v, Type.Section.LOCAL, false, init, t);
        }
        t.longs = inner.frame.longs;
        t.doubles = inner.frame.doubles;
        t.init = init.isEmpty() ? Stmts.EMPTY : new Stmts.Sequence(init.toArray(new Stmt[0]));
        t.inProgress = false;
        return t;
    }

    private Type blockType(String k, Token use) {
        Type done = types.get(k);
        if (done != null) {
            if (done.inProgress) {
                diag.error(use, "block_contains_itself",
                        "function block " + done.name + " cannot contain an instance of itself", done.name);
                return Type.ERROR;
            }
            return done;
        }
        FunctionBlockPouContext fb = blockDecls.get(k);
        Type t = new Type(Type.Kind.BLOCK, fb.name.getText(), 0, 0);
        t.inProgress = true;
        types.put(k, t);
        Body body = new Body(this, Body.Kind.FUNCTION_BLOCK, t.name, new Scope(globals), new Frame(true));
        List<Stmt> init = declareBlocks(body, fb.varBlock(), t);
        t.longs = body.frame.longs;
        t.doubles = body.frame.doubles;
        t.init = init.isEmpty() ? Stmts.EMPTY : new Stmts.Sequence(init.toArray(new Stmt[0]));
        ExpressionCompiler ex = new ExpressionCompiler(body);
        t.body = withTemps(body, new StatementCompiler(body, ex).block(fb.statementList()));
        t.inProgress = false;
        return t;
    }

    /** The body, preceded by the VAR_TEMP initializers when there are any. */
    private static Stmt withTemps(Body body, Stmt code) {
        if (body.temps.isEmpty()) {
            return code;
        }
        return new Stmts.Sequence(new Stmt[] {new Stmts.Sequence(body.temps.toArray(new Stmt[0])), code});
    }

    // ------------------------------------------------------------------ variables

    private List<Stmt> declareBlocks(Body body, List<VarBlockContext> blocks, Type owner) {
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
    private List<Symbol> declare(Body body, VarDeclarationContext v, Type.Section section, boolean constant,
                                 List<Stmt> init, Type owner) {
        Type type = typeOf(v.typeSpec(), body);
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
                readOnly = directAddress(body, v, name, type, at);
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
                watched.put(Type.key(name.getText()), s);
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

    /** Binds an {@code AT %IX0.3} variable to the scene tag at that address; returns its read-only reason. */
    private String directAddress(Body body, VarDeclarationContext v, Token name, Type type, int[] at) {
        Token addr = v.address;
        if (body.kind != Body.Kind.PROGRAM) {
            diag.error(addr, "at_only_in_program", "AT addresses are only allowed in the PROGRAM");
            return null;
        }
        Matcher m = DIRECT.matcher(addr.getText().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches() || m.group(1).equals("M") || m.group(2).equals("B") || m.group(2).equals("D")) {
            diag.error(addr, "address_unsupported",
                    "unsupported address " + addr.getText() + " (use %IX, %QX, %IW or %QW)", addr.getText());
            return null;
        }
        boolean in = m.group(1).equals("I");
        boolean bit = !m.group(2).equals("W");
        long n = Long.parseLong(m.group(3));
        if (bit) {
            if (m.group(4) == null || Long.parseLong(m.group(4)) > 7) {
                diag.error(addr, "address_bit_form",
                        "a bit address needs byte.bit with bit 0..7, e.g. " + m.group(1) + "X0.3", m.group(1) + "X0.3");
                return null;
            }
            n = n * 8 + Long.parseLong(m.group(4));
        } else if (m.group(4) != null) {
            diag.error(addr, "address_word_form", "a word address has no bit part: " + m.group(1) + "W" + m.group(3),
                    m.group(1) + "W" + m.group(3));
            return null;
        }
        if (bit && type != Type.BOOL) {
            diag.error(v.typeSpec(), "address_bit_type", addr.getText() + " is a bit: declare it BOOL, not "
                    + type.name,
                    addr.getText(), type.name);
            return null;
        }
        if (!bit && (!type.isInteger() || type.kind == Type.Kind.ANY_INT)) {
            diag.error(v.typeSpec(), "address_word_type",
                    addr.getText() + " is a 16-bit register: declare it INT, UINT, WORD or DINT, not " + type.name,
                    addr.getText(), type.name);
            return null;
        }
        IoArea area = in ? (bit ? IoArea.DISCRETE_INPUT : IoArea.INPUT_REGISTER) : (bit ? IoArea.COIL : IoArea.HOLDING_REGISTER);
        int tag = n > Integer.MAX_VALUE ? -1 : addresses.tagAt(area, (int) n);
        if (tag < 0) {
            diag.error(addr, "address_no_tag",
                    "no scene tag at " + addr.getText() + " (" + area.name().toLowerCase(java.util.Locale.ROOT)
                    + " " + n + "); see ./simbase io-map",
                    addr.getText(), area.name().toLowerCase(java.util.Locale.ROOT), n);
            return null;
        }
        bind(tag, type, at, in, !bit);
        return in ? "'" + name.getText() + "' (an input at " + addr.getText() + ")" : null;
    }

    // ------------------------------------------------------------------ functions

    /** A compiled user FUNCTION: its parameters, result and body, all in fixed slots. */
    private static final class UserFunction {
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
        return functionDecls.containsKey(Type.key(name));
    }

    private UserFunction function(String k) {
        UserFunction done = functions.get(k);
        if (done != null) {
            return done;
        }
        FunctionPouContext f = functionDecls.get(k);
        UserFunction fn = new UserFunction(f.name.getText());
        functions.put(k, fn);
        Body body = new Body(this, Body.Kind.FUNCTION, fn.name, new Scope(globals), global);
        Type rt = typeOf(f.result, body);
        if (!rt.isElementary() && !rt.isError()) {
            diag.error(f.result, "function_result_type",
                    "a FUNCTION returns an elementary type, not " + ExpressionCompiler.article(rt), rt.name,
                    ExpressionCompiler.article(rt));
            rt = Type.ERROR;
        }
        int[] at = global.reserve(rt);
        fn.result = new Symbol(fn.name, rt, Addr.fixed(at[0]), Addr.fixed(at[1]), null, null);
        body.scope.declare(fn.result);
        List<Stmt> init = new ArrayList<>();
        for (VarBlockContext b : f.varBlock()) {
            List<Stmt> one = declareBlocks(body, List.of(b), null);
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
    Typed callFunction(ExpressionCompiler caller, Token name, List<ArgumentContext> args, ParserRuleContext at) {
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
            int[] tmp = global.reserve(p.type);
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

    // ------------------------------------------------------------------ the program

    private PlcProgram compileProgram(ProgramPouContext p) {
        Body body = new Body(this, Body.Kind.PROGRAM, p.name.getText(), new Scope(globals), global);
        List<Stmt> init = declareBlocks(body, p.varBlock(), null);
        ExpressionCompiler ex = new ExpressionCompiler(body);
        Stmt code = withTemps(body, new StatementCompiler(body, ex).block(p.statementList()));
        if (diag.any() || global.overflowed()) {
            return null;
        }
        Memory m = new Memory(global.longs, global.doubles);
        m.budget = Integer.MAX_VALUE;
        try {
            new Stmts.Sequence(init.toArray(new Stmt[0])).exec(m);
        } catch (ScanFault f) {
            diag.error(f.line(), 1, "initial_value_fault", "initial value: " + f.getMessage(), f.getMessage());
            return null;
        }
        return new PlcProgram(p.name.getText(), m.longs, m.doubles, code, bindings(inputs), bindings(outputs), addresses,
                watch());
    }

    private static PlcProgram.Bindings bindings(List<int[]> list) {
        int n = list.size();
        int[] tag = new int[n];
        int[] slot = new int[n];
        int[] kind = new int[n];
        int[] wrap = new int[n];
        for (int i = 0; i < n; i++) {
            int[] b = list.get(i);
            tag[i] = b[0];
            slot[i] = b[1];
            kind[i] = b[2];
            wrap[i] = b[3];
        }
        return new PlcProgram.Bindings(tag, slot, kind, wrap);
    }

    private PlcProgram.Watch watch() {
        List<String> names = new ArrayList<>();
        List<String> typeNames = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<Boolean> doubles = new ArrayList<>();
        for (Symbol s : watched.values()) {
            flatten(s.name, s.type, s.longAddr.fixedSlot(), s.doubleAddr.fixedSlot(), names, typeNames, slots, doubles);
        }
        boolean[] isDouble = new boolean[doubles.size()];
        int[] slot = new int[slots.size()];
        for (int i = 0; i < slot.length; i++) {
            slot[i] = slots.get(i);
            isDouble[i] = doubles.get(i);
        }
        return new PlcProgram.Watch(names.toArray(new String[0]), typeNames.toArray(new String[0]), slot, isDouble);
    }

    private void flatten(String name, Type t, int l, int d, List<String> names, List<String> typeNames, List<Integer> slots,
                         List<Boolean> doubles) {
        if (names.size() >= WATCH_LIMIT || t.isError()) {
            return;
        }
        if (t.isElementary()) {
            names.add(name);
            typeNames.add(t.name);
            slots.add(t.isReal() ? d : l);
            doubles.add(t.isReal());
        } else if (t.kind == Type.Kind.ARRAY) {
            for (long i = t.lower; i <= t.upper; i++) {
                int k = (int) (i - t.lower);
                flatten(name + "[" + i + "]", t.element, l + k * t.element.longs, d + k * t.element.doubles, names, typeNames,
                        slots, doubles);
            }
        } else {
            for (Type.Field f : t.fields.values()) {
                flatten(name + "." + f.name, f.type, l + f.longOffset, d + f.doubleOffset, names, typeNames, slots, doubles);
            }
        }
    }
}
