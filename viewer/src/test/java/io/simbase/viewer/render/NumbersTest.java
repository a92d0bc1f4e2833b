package io.simbase.viewer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    private static String fixed(double v, int d) {
        return Numbers.fixed(new StringBuilder(), v, d).toString();
    }

    @Test
    void roundsToTheGivenPlaces() {
        assertEquals("1.50", fixed(1.499, 2));
        assertEquals("0.007", fixed(0.0065, 3));
        assertEquals("-2.5", fixed(-2.45, 1));
        assertEquals("0.0", fixed(-0.01, 1));
        assertEquals("12", fixed(11.6, 0));
        assertEquals("-", fixed(Double.NaN, 2));
    }
}
