package io.simbase.grading.exercise;

/** A text a student or instructor reads, in Chinese and English. Immutable. */
public record Text(String zh, String en) {
    /** The text in a language: {@code zh...} gives Chinese, anything else English. */
    public String in(String language) {
        return language != null && language.startsWith("zh") ? zh : en;
    }
}
