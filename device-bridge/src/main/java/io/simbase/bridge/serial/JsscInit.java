package io.simbase.bridge.serial;

/**
 * Runs before the first jssc class loads. jssc's native-library loader logs through SLF4J;
 * with no SLF4J provider on the class path SLF4J prints a three-line warning to stderr, which
 * would break the command line's one-line error contract. Unless the user set it, SLF4J's own
 * diagnostics are limited to errors (this does not affect logging itself).
 */
final class JsscInit {
    private JsscInit() {
    }

    static void ensure() {
        // the work is done once, in the static initializer
    }

    static {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }
}
