package io.simbase.grading.controllers;

import io.simbase.grading.plant.Plant;

/** A test controller's I/O by tag name, resolved once when attached. */
final class Io {
    private final Plant plant;

    Io(Plant plant) {
        this.plant = plant;
    }

    int tag(String name) {
        int t = plant.model().tagIndex(name);
        if (t < 0) {
            throw new IllegalArgumentException("no tag " + name);
        }
        return t;
    }

    boolean on(int tag) {
        return plant.read(tag) != 0;
    }

    double value(int tag) {
        return plant.read(tag);
    }

    void set(int tag, boolean on) {
        plant.write(tag, on ? 1 : 0);
    }

    void set(int tag, double value) {
        plant.write(tag, value);
    }
}
