package io.simbase.plc.compile;

import io.simbase.plc.runtime.Addr;

/** A resolved variable reference ({@code x}, {@code a[i].f}, {@code t1.Q}): its type and address. */
final class Ref {
    final String text;
    final Type type;
    final Addr longAddr;
    final Addr doubleAddr;
    /** Null when the reference may be assigned; otherwise why not. */
    final String readOnly;

    Ref(String text, Type type, Addr longAddr, Addr doubleAddr, String readOnly) {
        this.text = text;
        this.type = type;
        this.longAddr = longAddr;
        this.doubleAddr = doubleAddr;
        this.readOnly = readOnly;
    }
}
