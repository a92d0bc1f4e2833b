package io.simbase.engine.world;

/** Why an input was or was not applied. Returned, never thrown: inputs are a hot path. */
public enum InputStatus {
    OK("applied"),
    UNKNOWN_TAG("unknown tag"),
    NOT_WRITABLE("tag is a plant sensor; only actuator and operator-panel tags take inputs"),
    OUT_OF_RANGE("value out of range");

    private final String text;

    InputStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
