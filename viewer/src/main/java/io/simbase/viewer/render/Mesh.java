package io.simbase.viewer.render;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.FloatBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * A triangle mesh in a vertex array: position and normal per vertex (locations 0 and 1), and
 * optionally a per-instance buffer of offset, size and colour (locations 2 to 4, 9 floats per
 * instance) for instanced drawing. GL thread only; {@link #drawInstanced} allocates nothing.
 */
public final class Mesh implements AutoCloseable {
    /** Floats per instance: offset xyz, size xyz, colour rgb. */
    public static final int INSTANCE_FLOATS = 9;

    private final int vao;
    private final int vbo;
    private final int vertexCount;
    private int instanceVbo;
    private int instanceCapacity;

    /** A mesh of {@code vertices}: x, y, z, nx, ny, nz per vertex, three vertices a triangle. */
    public Mesh(float[] vertices) {
        vertexCount = vertices.length / 6;
        vao = glGenVertexArrays();
        vbo = glGenBuffers();
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferData(GL_ARRAY_BUFFER, vertices, GL_STATIC_DRAW);
        glVertexAttribPointer(0, 3, GL_FLOAT, false, 24, 0);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(1, 3, GL_FLOAT, false, 24, 12);
        glEnableVertexAttribArray(1);
        glBindVertexArray(0);
    }

    public void draw() {
        glBindVertexArray(vao);
        glDrawArrays(GL_TRIANGLES, 0, vertexCount);
    }

    /** Draws {@code count} instances whose data fill {@code instances} from position 0. */
    public void drawInstanced(FloatBuffer instances, int count) {
        if (count == 0) {
            return;
        }
        glBindVertexArray(vao);
        if (instanceVbo == 0) {
            instanceVbo = glGenBuffers();
            glBindBuffer(GL_ARRAY_BUFFER, instanceVbo);
            for (int a = 0; a < 3; a++) {
                glVertexAttribPointer(2 + a, 3, GL_FLOAT, false, INSTANCE_FLOATS * 4, a * 12L);
                glEnableVertexAttribArray(2 + a);
                glVertexAttribDivisor(2 + a, 1);
            }
        }
        glBindBuffer(GL_ARRAY_BUFFER, instanceVbo);
        long bytes = (long) count * INSTANCE_FLOATS * 4;
        if (count > instanceCapacity) {
            instanceCapacity = Math.max(count, instanceCapacity * 2);
            glBufferData(GL_ARRAY_BUFFER, (long) instanceCapacity * INSTANCE_FLOATS * 4, GL_STREAM_DRAW);
        }
        nglBufferSubData(GL_ARRAY_BUFFER, 0, bytes, MemoryUtil.memAddress(instances, 0));
        glDrawArraysInstanced(GL_TRIANGLES, 0, vertexCount, count);
    }

    @Override
    public void close() {
        glDeleteBuffers(vbo);
        if (instanceVbo != 0) {
            glDeleteBuffers(instanceVbo);
        }
        glDeleteVertexArrays(vao);
    }
}
