package io.simbase.engine.scene;

import java.util.Objects;

/**
 * A scene's title and description in Chinese (the scene file's optional {@code title_zh} and
 * {@code description_zh}); empty strings where the file gives none, so a reader falls back to the
 * English text. Immutable. Not part of the state hash: texts never change what the plant does.
 */
public record SceneTexts(String title, String description) {
    /** No Chinese texts. */
    public static final SceneTexts NONE = new SceneTexts("", "");

    public SceneTexts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}
