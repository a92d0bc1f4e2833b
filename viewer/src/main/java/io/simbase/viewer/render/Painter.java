package io.simbase.viewer.render;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.FloatBuffer;
import org.joml.Matrix4f;
import org.lwjgl.system.MemoryUtil;

/**
 * Draws oriented, scaled unit shapes with the scene shader: the drawing vocabulary of the
 * component drawers. Positions are a shape's base centre in metres, yaw in degrees
 * counter-clockwise from +x.
 *
 * <p>Plain shapes (no pattern, not emissive, yaw a multiple of 90 degrees, where a box's turn
 * is a swap of its sizes) are not drawn at once but collected into two instance batches, boxes
 * and cylinders, drawn by {@link #end} in one call each: a plant of a few hundred shapes costs
 * a handful of draw calls, which matters on a software renderer. Shapes with a pattern or
 * emissive colour are drawn at once. GL thread only; allocates nothing per call once the
 * batches have grown to the plant's size.
 */
public final class Painter implements AutoCloseable {
    private final ShaderProgram program;
    private final Mesh box;
    private final Mesh cylinder;
    private final int uModel;
    private final int uColour;
    private final int uPattern;
    private final int uEmissive;
    private final int uInstanced;
    private final int uViewProj;
    private final int uLightDir;
    private final Matrix4f model = new Matrix4f();
    private final FloatBuffer matrix = MemoryUtil.memAllocFloat(16);
    private float emissive;
    private boolean patterned;
    private FloatBuffer boxBatch = MemoryUtil.memAllocFloat(256 * Mesh.INSTANCE_FLOATS);
    private FloatBuffer cylinderBatch = MemoryUtil.memAllocFloat(64 * Mesh.INSTANCE_FLOATS);
    private int boxCount;
    private int cylinderCount;
    private int drawCalls;

    public Painter() {
        program = new ShaderProgram("scene");
        box = new Mesh(Shapes.box());
        cylinder = new Mesh(Shapes.cylinder(20));
        uModel = program.uniform("uModel");
        uColour = program.uniform("uColour");
        uPattern = program.uniform("uPattern");
        uEmissive = program.uniform("uEmissive");
        uInstanced = program.uniform("uInstanced");
        uViewProj = program.uniform("uViewProj");
        uLightDir = program.uniform("uLightDir");
    }

    /** Starts a frame's 3D pass with the camera's matrix. */
    public void begin(Matrix4f viewProjection) {
        program.use();
        viewProjection.get(matrix);
        glUniformMatrix4fv(uViewProj, false, matrix);
        glUniform3f(uLightDir, 0.35f, -0.55f, 0.75f);
        glUniform1i(uInstanced, 0);
        glUniform4f(uPattern, 0, 0, 0, 1);
        patterned = false;
        emissive = -1;
        emissive(0);
        boxBatch.clear();
        cylinderBatch.clear();
        boxCount = 0;
        cylinderCount = 0;
        drawCalls = 0;
    }

    /** Draw calls of the current (or last) frame's 3D pass so far. */
    public int drawCalls() {
        return drawCalls;
    }

    /** Shapes batched into instanced draws in the current (or last) frame. */
    public int batchedShapes() {
        return boxCount + cylinderCount;
    }

    /** Draws the batched plain shapes; ends the frame's 3D pass. */
    public void end() {
        instances(false, boxBatch, boxCount);
        instances(true, cylinderBatch, cylinderCount);
    }

    /** Mixes the following shapes' shading towards their flat colour (0..1): lamps, beams. */
    public void emissive(float e) {
        if (e != emissive) {
            emissive = e;
            glUniform1f(uEmissive, e);
        }
    }

    /** Belt slats for the next shapes (see scene.frag); {@link #plain()} ends them. */
    public void slats(float lengthMetres, float travelMetres, float periodMetres) {
        glUniform4f(uPattern, 1, lengthMetres, travelMetres, periodMetres);
        patterned = true;
    }

    /** A floor grid for the next shapes. */
    public void grid(float periodMetres) {
        glUniform4f(uPattern, 2, 0, 0, periodMetres);
        patterned = true;
    }

    public void plain() {
        if (patterned) {
            glUniform4f(uPattern, 0, 0, 0, 1);
            patterned = false;
        }
    }

    public void box(float x, float y, float z, float sx, float sy, float sz, float yawDegrees,
                    float r, float g, float b) {
        if (!patterned && emissive == 0 && yawDegrees % 90 == 0) {
            boolean across = Math.round(yawDegrees / 90) % 2 != 0;
            boxBatch = batch(boxBatch, boxCount++, x, y, z, across ? sy : sx, across ? sx : sy, sz, r, g, b);
        } else {
            shape(box, x, y, z, sx, sy, sz, yawDegrees, r, g, b);
        }
    }

    public void cylinder(float x, float y, float z, float diameter, float height, float r, float g, float b) {
        if (!patterned && emissive == 0) {
            cylinderBatch = batch(cylinderBatch, cylinderCount++, x, y, z, diameter, diameter, height, r, g, b);
        } else {
            shape(cylinder, x, y, z, diameter, diameter, height, 0, r, g, b);
        }
    }

    private static FloatBuffer batch(FloatBuffer buf, int index, float x, float y, float z, float sx, float sy,
                                     float sz, float r, float g, float b) {
        FloatBuffer out = buf;
        if (out.remaining() < Mesh.INSTANCE_FLOATS) {
            out = MemoryUtil.memRealloc(out, out.capacity() * 2);
        }
        return out.put(x).put(y).put(z).put(sx).put(sy).put(sz).put(r).put(g).put(b);
    }

    private void shape(Mesh m, float x, float y, float z, float sx, float sy, float sz, float yawDegrees,
                       float r, float g, float b) {
        model.translation(x, y, z).rotateZ((float) Math.toRadians(yawDegrees)).scale(sx, sy, sz);
        model.get(matrix);
        glUniformMatrix4fv(uModel, false, matrix);
        glUniform3f(uColour, r, g, b);
        m.draw();
        drawCalls++;
    }

    /** Draws instances of the unit box ({@code cylinder} false) or cylinder; see {@link Mesh#drawInstanced}. */
    public void instances(boolean cylinders, FloatBuffer data, int count) {
        if (count == 0) {
            return;
        }
        glUniform1i(uInstanced, 1);
        emissive(0);
        plain();
        (cylinders ? cylinder : box).drawInstanced(data, count);
        drawCalls++;
        glUniform1i(uInstanced, 0);
    }

    @Override
    public void close() {
        box.close();
        cylinder.close();
        program.close();
        MemoryUtil.memFree(matrix);
        MemoryUtil.memFree(boxBatch);
        MemoryUtil.memFree(cylinderBatch);
    }
}
