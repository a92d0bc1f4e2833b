package io.simbase.server.results;

/** Argument checks shared by the result records. */
final class ResultFields {
    private ResultFields() {
    }

    static void requireName(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }
}
