package io.simbase.viewer.state;

import java.util.Locale;
import java.util.Map;

/** Named colours of scene files (parts, pilot lights) as linear-ish RGB triples 0..1. */
public final class Colours {
    private static final Map<String, float[]> NAMED = Map.ofEntries(
            Map.entry("silver", rgb(0xc4c8cf)), Map.entry("grey", rgb(0x8a8f96)), Map.entry("gray", rgb(0x8a8f96)),
            Map.entry("red", rgb(0xd7262b)), Map.entry("black", rgb(0x26282b)), Map.entry("blue", rgb(0x2f6fd6)),
            Map.entry("green", rgb(0x2fbf4a)), Map.entry("yellow", rgb(0xf2c623)), Map.entry("orange", rgb(0xf08a24)),
            Map.entry("white", rgb(0xf2f2f2)), Map.entry("brown", rgb(0x8b5a2b)), Map.entry("wood", rgb(0xc8a06a)));
    private static final float[][] PALETTE = {rgb(0xc4c8cf), rgb(0xd7262b), rgb(0x2f6fd6), rgb(0xf2c623),
        rgb(0x2fbf4a), rgb(0xf08a24), rgb(0x26282b), rgb(0x9b59b6)};

    private Colours() {
    }

    /** The colour of a name ("red", "#ff8800"), or the palette's entry {@code fallbackIndex}. */
    public static float[] of(String name, int fallbackIndex) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            float[] c = NAMED.get(n);
            if (c != null) {
                return c.clone();
            }
            if (n.matches("#[0-9a-f]{6}")) {
                return rgb(Integer.parseInt(n.substring(1), 16));
            }
        }
        return PALETTE[Math.floorMod(fallbackIndex, PALETTE.length)].clone();
    }

    static float[] rgb(int hex) {
        return new float[] {((hex >> 16) & 255) / 255f, ((hex >> 8) & 255) / 255f, (hex & 255) / 255f};
    }
}
