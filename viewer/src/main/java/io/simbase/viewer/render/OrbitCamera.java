package io.simbase.viewer.render;

import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.joml.Vector4f;

/**
 * An orbit camera around a target point: yaw and pitch in degrees, distance in metres, z up.
 * Presets frame the plant's bounds from the operator's side, from above and from the side.
 * GL thread only; {@link #viewProjection} and {@link #project} allocate nothing.
 */
public final class OrbitCamera {
    /** The preset views, keys 1 to 4. */
    public enum Preset { OVERVIEW, FRONT, TOP, SIDE }

    private final Vector3f target = new Vector3f();
    private float yawDegrees = -60;
    private float pitchDegrees = 35;
    private float distance = 5;
    private float fitRadius = 2;
    private final Vector3f sceneCentre = new Vector3f();
    private final Matrix4f view = new Matrix4f();
    private final Matrix4f projection = new Matrix4f();
    private final Matrix4f viewProjection = new Matrix4f();
    private final Matrix4f inverse = new Matrix4f();
    private final Vector4f scratch = new Vector4f();
    private final Vector3f eye = new Vector3f();

    /** Remembers the plant's bounds, for the presets. */
    public void fit(float minX, float minY, float minZ, float maxX, float maxY, float maxZ) {
        sceneCentre.set((minX + maxX) / 2, (minY + maxY) / 2, (minZ + maxZ) * 0.45f);
        fitRadius = 0.5f * (float) Math.sqrt((maxX - minX) * (maxX - minX) + (maxY - minY) * (maxY - minY)
                + (maxZ - minZ) * (maxZ - minZ));
        preset(Preset.OVERVIEW);
    }

    public void preset(Preset p) {
        target.set(sceneCentre);
        float d = Math.max(1.2f, fitRadius * 2.3f); // a sphere of that radius fills most of the 45 degree view
        switch (p) {
            case OVERVIEW -> set(-62, 38, d);
            case FRONT -> set(-90, 18, d * 0.95f);
            case TOP -> set(-90, 89, d * 1.05f);
            case SIDE -> set(0, 20, d * 0.9f);
        }
    }

    private void set(float yaw, float pitch, float dist) {
        yawDegrees = yaw;
        pitchDegrees = pitch;
        distance = dist;
    }

    /** Turns the camera around the target by mouse movement in pixels. */
    public void orbit(float dxPixels, float dyPixels) {
        yawDegrees -= dxPixels * 0.3f;
        pitchDegrees = Math.max(2f, Math.min(89f, pitchDegrees + dyPixels * 0.3f));
    }

    /** Moves the target in the view plane by mouse movement in pixels. */
    public void pan(float dxPixels, float dyPixels) {
        float s = distance * 0.0015f;
        double yaw = Math.toRadians(yawDegrees);
        float rightX = (float) -Math.sin(yaw);
        float rightY = (float) Math.cos(yaw);
        target.x -= (dxPixels * rightX) * s;
        target.y -= (dxPixels * rightY) * s;
        float fwdX = (float) -Math.cos(yaw);
        float fwdY = (float) -Math.sin(yaw);
        target.x += dyPixels * fwdX * s;
        target.y += dyPixels * fwdY * s;
    }

    /** Zooms by wheel clicks (positive: closer). */
    public void zoom(float clicks) {
        distance = Math.max(0.3f, Math.min(100f, distance * (float) Math.pow(0.88, clicks)));
    }

    /** Recomputes the matrices for a viewport; returns the view-projection matrix. */
    public Matrix4f viewProjection(int width, int height) {
        double yaw = Math.toRadians(yawDegrees);
        double pitch = Math.toRadians(pitchDegrees);
        eye.set(target.x + (float) (distance * Math.cos(pitch) * Math.cos(yaw)),
                target.y + (float) (distance * Math.cos(pitch) * Math.sin(yaw)),
                target.z + (float) (distance * Math.sin(pitch)));
        view.setLookAt(eye.x, eye.y, eye.z, target.x, target.y, target.z, 0, 0, 1);
        projection.setPerspective((float) Math.toRadians(45), Math.max(1, width) / (float) Math.max(1, height),
                0.05f, 200f);
        projection.mul(view, viewProjection);
        viewProjection.invert(inverse);
        return viewProjection;
    }

    /**
     * Projects a world point to window pixels (origin top left) into {@code out} (x, y);
     * returns false when the point is behind the camera.
     */
    public boolean project(float x, float y, float z, int width, int height, float[] out) {
        scratch.set(x, y, z, 1).mul(viewProjection);
        if (scratch.w <= 0) {
            return false;
        }
        out[0] = (scratch.x / scratch.w * 0.5f + 0.5f) * width;
        out[1] = (0.5f - scratch.y / scratch.w * 0.5f) * height;
        return true;
    }

    /** The eye position and the unit direction through a window pixel, into {@code origin} and {@code dir}. */
    public void ray(float px, float py, int width, int height, Vector3f origin, Vector3f dir) {
        float nx = px / width * 2 - 1;
        float ny = 1 - py / height * 2;
        Vector4f near = new Vector4f(nx, ny, -1, 1).mul(inverse);
        Vector4f far = new Vector4f(nx, ny, 1, 1).mul(inverse);
        origin.set(near.x / near.w, near.y / near.w, near.z / near.w);
        dir.set(far.x / far.w, far.y / far.w, far.z / far.w).sub(origin).normalize();
    }

    public Vector3f eye() {
        return eye;
    }
}
