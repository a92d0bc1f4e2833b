package io.simbase.viewer.ui;

import static org.lwjgl.opengl.GL33C.*;

import io.simbase.viewer.render.ShaderProgram;
import java.nio.FloatBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * A batch of 2D quads in window pixels (origin top left) drawn in one call over the 3D pass:
 * solid rectangles and glyphs, sharing the font atlas (whose reserved white texels make a
 * quad solid). GL thread only; allocates nothing per frame.
 */
public final class Overlay implements AutoCloseable {
    private static final int FLOATS_PER_VERTEX = 8;
    private static final int MAX_QUADS = 16384;

    private final ShaderProgram program = new ShaderProgram("overlay");
    private final int uScreen = program.uniform("uScreen");
    private final int vao = glGenVertexArrays();
    private final int vbo = glGenBuffers();
    private final FloatBuffer vertices = MemoryUtil.memAllocFloat(MAX_QUADS * 6 * FLOATS_PER_VERTEX);
    private int quads;
    private float whiteU;
    private float whiteV;

    public Overlay() {
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferData(GL_ARRAY_BUFFER, (long) vertices.capacity() * 4, GL_STREAM_DRAW);
        int stride = FLOATS_PER_VERTEX * 4;
        glVertexAttribPointer(0, 2, GL_FLOAT, false, stride, 0);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(1, 2, GL_FLOAT, false, stride, 8);
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(2, 4, GL_FLOAT, false, stride, 16);
        glEnableVertexAttribArray(2);
        glBindVertexArray(0);
    }

    /** The atlas coordinates of a fully covered texel, for solid quads. */
    public void setWhiteTexel(float u, float v) {
        whiteU = u;
        whiteV = v;
    }

    public void rect(float x, float y, float w, float h, float r, float g, float b, float a) {
        quad(x, y, x + w, y + h, whiteU, whiteV, whiteU, whiteV, r, g, b, a);
    }

    /** A rectangle outline {@code t} pixels thick. */
    public void frame(float x, float y, float w, float h, float t, float r, float g, float b, float a) {
        rect(x, y, w, t, r, g, b, a);
        rect(x, y + h - t, w, t, r, g, b, a);
        rect(x, y + t, t, h - 2 * t, r, g, b, a);
        rect(x + w - t, y + t, t, h - 2 * t, r, g, b, a);
    }

    public void quad(float x0, float y0, float x1, float y1, float s0, float t0, float s1, float t1,
                     float r, float g, float b, float a) {
        if (quads >= MAX_QUADS) {
            return;
        }
        vertex(x0, y0, s0, t0, r, g, b, a);
        vertex(x1, y0, s1, t0, r, g, b, a);
        vertex(x1, y1, s1, t1, r, g, b, a);
        vertex(x0, y0, s0, t0, r, g, b, a);
        vertex(x1, y1, s1, t1, r, g, b, a);
        vertex(x0, y1, s0, t1, r, g, b, a);
        quads++;
    }

    private void vertex(float x, float y, float u, float v, float r, float g, float b, float a) {
        vertices.put(x).put(y).put(u).put(v).put(r).put(g).put(b).put(a);
    }

    /** Draws the batch over the frame with alpha blending and empties it. */
    public void flush(int width, int height, int atlasTexture) {
        if (quads == 0) {
            return;
        }
        glDisable(GL_DEPTH_TEST);
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        program.use();
        glUniform2f(uScreen, width, height);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, atlasTexture);
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        nglBufferSubData(GL_ARRAY_BUFFER, 0, (long) quads * 6 * FLOATS_PER_VERTEX * 4, MemoryUtil.memAddress(vertices, 0));
        glDrawArrays(GL_TRIANGLES, 0, quads * 6);
        vertices.clear();
        quads = 0;
        glDisable(GL_BLEND);
        glEnable(GL_DEPTH_TEST);
    }

    @Override
    public void close() {
        glDeleteBuffers(vbo);
        glDeleteVertexArrays(vao);
        program.close();
        MemoryUtil.memFree(vertices);
    }
}
