package io.simbase.plc.compile;

import io.simbase.plc.runtime.Stmt;
import io.simbase.plc.runtime.Stmts;
import io.simbase.plc.runtime.Wrap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A data type of the checked program, with its storage size in long and double slots.
 * Elementary types are constants; arrays, structures and function blocks are built by the
 * compiler. Compile time only.
 */
final class Type {
    enum Kind { BOOL, INT, DINT, UINT, WORD, REAL, LREAL, TIME, ARRAY, STRUCT, BLOCK, ANY_INT, ANY_REAL, ERROR }

    static final Type BOOL = new Type(Kind.BOOL, "BOOL", 1, 0);
    static final Type INT = new Type(Kind.INT, "INT", 1, 0);
    static final Type DINT = new Type(Kind.DINT, "DINT", 1, 0);
    static final Type UINT = new Type(Kind.UINT, "UINT", 1, 0);
    static final Type WORD = new Type(Kind.WORD, "WORD", 1, 0);
    static final Type REAL = new Type(Kind.REAL, "REAL", 0, 1);
    static final Type LREAL = new Type(Kind.LREAL, "LREAL", 0, 1);
    static final Type TIME = new Type(Kind.TIME, "TIME", 1, 0);
    /** An integer literal not yet given a type by its context. */
    static final Type ANY_INT = new Type(Kind.ANY_INT, "integer literal", 1, 0);
    /** A real literal not yet given a type by its context. */
    static final Type ANY_REAL = new Type(Kind.ANY_REAL, "real literal", 0, 1);
    /** The type of an expression that already has an error: never reported again. */
    static final Type ERROR = new Type(Kind.ERROR, "?", 1, 1);

    private static final Map<String, Type> ELEMENTARY = new LinkedHashMap<>();

    static {
        for (Type t : new Type[] {BOOL, INT, DINT, UINT, WORD, REAL, LREAL, TIME}) {
            ELEMENTARY.put(t.name, t);
        }
    }

    final Kind kind;
    final String name;
    int longs;
    int doubles;
    // ARRAY
    Type element;
    long lower;
    long upper;
    // STRUCT and BLOCK: fields by upper-case name, in declaration order
    final Map<String, Field> fields = new LinkedHashMap<>();
    /** STRUCT and BLOCK: sets the initial values, run with an instance as the frame. */
    Stmt init = Stmts.EMPTY;
    /** BLOCK: the body, run with an instance as the frame. */
    Stmt body = Stmts.EMPTY;
    /** BLOCK: the inputs in declaration order, for positional arguments. */
    final java.util.List<Field> inputs = new java.util.ArrayList<>();
    /** Layout or body still being compiled: a reference now is a recursion. */
    boolean inProgress;

    Type(Kind kind, String name, int longs, int doubles) {
        this.kind = kind;
        this.name = name;
        this.longs = longs;
        this.doubles = doubles;
    }

    static Type array(Type element, long lower, long upper) {
        long n = upper - lower + 1;
        Type t = new Type(Kind.ARRAY, "ARRAY[" + lower + ".." + upper + "] OF " + element.name,
                (int) Math.min(Integer.MAX_VALUE, n * element.longs), (int) Math.min(Integer.MAX_VALUE, n * element.doubles));
        t.element = element;
        t.lower = lower;
        t.upper = upper;
        return t;
    }

    /** BOOL, INT, ..., TIME by upper-case name, or null. */
    static Type elementary(String upperName) {
        return ELEMENTARY.get(upperName);
    }

    boolean isElementary() {
        return kind.ordinal() <= Kind.TIME.ordinal();
    }

    /** Held in a double slot: REAL, LREAL and real literals. */
    boolean isReal() {
        return kind == Kind.REAL || kind == Kind.LREAL || kind == Kind.ANY_REAL;
    }

    /** INT, DINT, UINT, WORD or an integer literal. */
    boolean isInteger() {
        return kind == Kind.INT || kind == Kind.DINT || kind == Kind.UINT || kind == Kind.WORD || kind == Kind.ANY_INT;
    }

    boolean isNumeric() {
        return isInteger() || isReal();
    }

    boolean isBitString() {
        return kind == Kind.BOOL || kind == Kind.WORD;
    }

    boolean isError() {
        return kind == Kind.ERROR;
    }

    /** The {@link Wrap} kind that brings a value into this type's range. */
    int wrap() {
        switch (kind) {
            case BOOL:
                return Wrap.BOOL;
            case INT:
                return Wrap.INT;
            case DINT:
                return Wrap.DINT;
            case UINT:
            case WORD:
                return Wrap.UINT;
            default:
                return Wrap.NONE;
        }
    }

    /** True for REAL: values are rounded to 32-bit float. */
    boolean single() {
        return kind == Kind.REAL || kind == Kind.ANY_REAL;
    }

    /** Smallest and largest value of an integer type. */
    long min() {
        switch (kind) {
            case INT:
                return Short.MIN_VALUE;
            case DINT:
                return Integer.MIN_VALUE;
            default:
                return 0;
        }
    }

    long max() {
        switch (kind) {
            case INT:
                return Short.MAX_VALUE;
            case DINT:
                return Integer.MAX_VALUE;
            case BOOL:
                return 1;
            default:
                return 0xFFFF;
        }
    }

    static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Where a variable of a structure or function block was declared. */
    enum Section { INPUT, OUTPUT, IN_OUT, LOCAL }

    /** A field of a structure or function block, at offsets from the instance's start. */
    static final class Field {
        final String name;
        final Type type;
        final int longOffset;
        final int doubleOffset;
        final Section section;

        Field(String name, Type type, int longOffset, int doubleOffset, Section section) {
            this.name = name;
            this.type = type;
            this.longOffset = longOffset;
            this.doubleOffset = doubleOffset;
            this.section = section;
        }
    }
}
