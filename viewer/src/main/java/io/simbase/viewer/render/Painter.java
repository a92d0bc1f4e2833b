package io.simbase.viewer.render;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.FloatBuffer;
import org.joml.Matrix4f;
import org.lwjgl.system.MemoryUtil;

/**
 * Draws oriented, scaled unit shapes with the scene shader: the drawing vocabulary of the
 * component drawers. Positions are a shape's base centre in metres, yaw in degrees
 * counter-clockwise from +x. GL thread only; allocates nothing per call.
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
        emissive(0);
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
    }

    /** A floor grid for the next shapes. */
    public void grid(float periodMetres) {
        glUniform4f(uPattern, 2, 0, 0, periodMetres);
    }

    public void plain() {
        glUniform4f(uPattern, 0, 0, 0, 1);
    }

    public void box(float x, float y, float z, float sx, float sy, float sz, float yawDegrees,
                    float r, float g, float b) {
        shape(box, x, y, z, sx, sy, sz, yawDegrees, r, g, b);
    }

    public void cylinder(float x, float y, float z, float diameter, float height, float r, float g, float b) {
        shape(cylinder, x, y, z, diameter, diameter, height, 0, r, g, b);
    }

    private void shape(Mesh m, float x, float y, float z, float sx, float sy, float sz, float yawDegrees,
                       float r, float g, float b) {
        model.translation(x, y, z).rotateZ((float) Math.toRadians(yawDegrees)).scale(sx, sy, sz);
        model.get(matrix);
        glUniformMatrix4fv(uModel, false, matrix);
        glUniform3f(uColour, r, g, b);
        m.draw();
    }

    /** Draws instances of the unit box ({@code cylinder} false) or cylinder; see {@link Mesh#drawInstanced}. */
    public void instances(boolean cylinders, FloatBuffer data, int count) {
        glUniform1i(uInstanced, 1);
        emissive(0);
        plain();
        (cylinders ? cylinder : box).drawInstanced(data, count);
        glUniform1i(uInstanced, 0);
    }

    @Override
    public void close() {
        box.close();
        cylinder.close();
        program.close();
        MemoryUtil.memFree(matrix);
    }
}
