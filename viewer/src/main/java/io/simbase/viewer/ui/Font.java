package io.simbase.viewer.ui;

import static org.lwjgl.opengl.GL33C.*;
import static org.lwjgl.stb.STBTruetype.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.lwjgl.stb.STBTTAlignedQuad;
import org.lwjgl.stb.STBTTPackContext;
import org.lwjgl.stb.STBTTPackRange;
import org.lwjgl.stb.STBTTPackedchar;
import org.lwjgl.system.MemoryUtil;

/**
 * A TrueType font baked with stb_truetype into one atlas texture: printable ASCII plus the
 * code points the viewer's texts use (Chinese included), at one pixel size. The font file is
 * found at run time: {@code -Dsimbase.viewer.font=FILE}, else the first CJK-capable system font
 * of a list (WenQuanYi, Noto CJK on Linux; Microsoft YaHei, SimHei on Windows), else a Latin
 * one (DejaVu, Arial); with none the viewer runs without text.
 *
 * <p>GL thread only. {@link #draw} and {@link #width} allocate nothing.
 */
public final class Font implements AutoCloseable {
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "C:/Windows/Fonts/arial.ttf");
    private static final int ATLAS = 1024;
    private static final int FIRST = 32;
    private static final int ASCII = 95;

    private final String file;
    private final float pixelHeight;
    private final int texture;
    private final STBTTPackedchar.Buffer asciiChars;
    private final STBTTPackedchar.Buffer extraChars;
    private final int[] extraCodepoints;
    private final STBTTAlignedQuad quad = STBTTAlignedQuad.malloc();
    private final FloatBuffer penX = MemoryUtil.memAllocFloat(1);
    private final FloatBuffer penY = MemoryUtil.memAllocFloat(1);
    private final float whiteU;
    private final float whiteV;

    private Font(String file, ByteBuffer ttf, float pixelHeight, int[] extra) {
        this.file = file;
        this.pixelHeight = pixelHeight;
        this.extraCodepoints = extra;
        int rows = ATLAS + 2; // two reserved rows of full coverage at the bottom, for solid quads
        ByteBuffer pixels = MemoryUtil.memCalloc(ATLAS * rows);
        asciiChars = STBTTPackedchar.calloc(ASCII);
        extraChars = STBTTPackedchar.calloc(Math.max(1, extra.length));
        if (ttf != null) {
            try (STBTTPackContext pc = STBTTPackContext.calloc();
                 STBTTPackRange.Buffer ranges = STBTTPackRange.calloc(extra.length > 0 ? 2 : 1)) {
                stbtt_PackBegin(pc, pixels, ATLAS, ATLAS, ATLAS, 1, MemoryUtil.NULL);
                stbtt_PackSetOversampling(pc, 1, 1);
                ranges.get(0).font_size(pixelHeight).first_unicode_codepoint_in_range(FIRST)
                        .array_of_unicode_codepoints(null).chardata_for_range(asciiChars).num_chars(ASCII);
                java.nio.IntBuffer cps = null;
                if (extra.length > 0) {
                    cps = MemoryUtil.memAllocInt(extra.length).put(extra).flip();
                    ranges.get(1).font_size(pixelHeight).first_unicode_codepoint_in_range(0)
                            .array_of_unicode_codepoints(cps).chardata_for_range(extraChars).num_chars(extra.length);
                }
                stbtt_PackFontRanges(pc, ttf, 0, ranges); // font index 0 of a collection
                stbtt_PackEnd(pc);
                if (cps != null) {
                    MemoryUtil.memFree(cps);
                }
            }
        }
        for (int i = ATLAS * ATLAS; i < ATLAS * rows; i++) {
            pixels.put(i, (byte) 255);
        }
        whiteU = 0.5f / ATLAS;
        whiteV = (ATLAS + 1f) / rows;
        texture = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, texture);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, ATLAS, rows, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        MemoryUtil.memFree(pixels);
    }

    /**
     * Bakes the system font at {@code pixelHeight} with ASCII and the code points of {@code texts}.
     * Never fails: without a readable font file the result draws nothing ({@link #file()} is "").
     */
    public static Font load(float pixelHeight, Iterable<String> texts) {
        int[] extra = codepoints(texts);
        for (String candidate : candidates()) {
            Path p = Path.of(candidate);
            if (Files.isReadable(p)) {
                try {
                    byte[] bytes = Files.readAllBytes(p);
                    ByteBuffer ttf = MemoryUtil.memAlloc(bytes.length).put(bytes).flip();
                    Font f = new Font(candidate, ttf, pixelHeight, extra);
                    MemoryUtil.memFree(ttf);
                    return f;
                } catch (IOException | RuntimeException e) {
                    // try the next one
                }
            }
        }
        return new Font("", null, pixelHeight, new int[0]);
    }

    private static List<String> candidates() {
        String own = System.getProperty("simbase.viewer.font");
        if (own == null || own.isBlank()) {
            return CANDIDATES;
        }
        java.util.ArrayList<String> l = new java.util.ArrayList<>();
        l.add(own);
        l.addAll(CANDIDATES);
        return l;
    }

    private static int[] codepoints(Iterable<String> texts) {
        java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
        for (String s : texts) {
            s.codePoints().filter(c -> c < FIRST || c >= FIRST + ASCII).filter(c -> c >= FIRST).forEach(set::add);
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether every code point of {@code text} was baked (ASCII always is). */
    public boolean covers(String text) {
        return text.codePoints().allMatch(c -> c < FIRST + ASCII || java.util.Arrays.binarySearch(extraCodepoints, c) >= 0);
    }

    /** The font file baked, or "" when none was found. */
    public String file() {
        return file;
    }

    public float pixelHeight() {
        return pixelHeight;
    }

    public int texture() {
        return texture;
    }

    public float whiteU() {
        return whiteU;
    }

    public float whiteV() {
        return whiteV;
    }

    /** Width of {@code s} in pixels. */
    public float width(CharSequence s) {
        penX.put(0, 0);
        penY.put(0, 0);
        for (int i = 0; i < s.length(); i++) {
            glyph(s.charAt(i));
        }
        return penX.get(0);
    }

    /** Draws {@code s} with its baseline at {@code y}; returns the x after the last glyph. */
    public float draw(Overlay o, CharSequence s, float x, float y, float r, float g, float b, float a) {
        if (file.isEmpty()) {
            return x;
        }
        penX.put(0, x);
        penY.put(0, y);
        for (int i = 0; i < s.length(); i++) {
            if (glyph(s.charAt(i))) {
                o.quad(quad.x0(), quad.y0(), quad.x1(), quad.y1(), quad.s0(), quad.t0() * ATLAS / (ATLAS + 2f),
                        quad.s1(), quad.t1() * ATLAS / (ATLAS + 2f), r, g, b, a);
            }
        }
        return penX.get(0);
    }

    /** Advances the pen over one char, filling {@link #quad}; false when the font lacks it. */
    private boolean glyph(char c) {
        if (file.isEmpty()) {
            return false;
        }
        if (c >= FIRST && c < FIRST + ASCII) {
            stbtt_GetPackedQuad(asciiChars, ATLAS, ATLAS, c - FIRST, penX, penY, quad, false);
            return c != ' ';
        }
        int k = Arrays.binarySearch(extraCodepoints, c);
        if (k < 0) {
            stbtt_GetPackedQuad(asciiChars, ATLAS, ATLAS, '?' - FIRST, penX, penY, quad, false);
            return true;
        }
        stbtt_GetPackedQuad(extraChars, ATLAS, ATLAS, k, penX, penY, quad, false);
        return true;
    }

    @Override
    public void close() {
        glDeleteTextures(texture);
        asciiChars.free();
        extraChars.free();
        quad.free();
        MemoryUtil.memFree(penX);
        MemoryUtil.memFree(penY);
    }
}
