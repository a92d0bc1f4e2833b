package io.simbase.viewer.render;

/**
 * Unit shapes as flat-shaded triangle lists (x, y, z, nx, ny, nz): centred on the origin in x
 * and y, standing on z = 0 with height 1, so that a model matrix or an instance's size scales
 * them to a component's or part's dimensions.
 */
public final class Shapes {
    private Shapes() {
    }

    /** A unit box: x, y in -0.5..0.5, z in 0..1. */
    public static float[] box() {
        float[] v = new float[36 * 6];
        int[] k = {0};
        // +x, -x, +y, -y, +z, -z
        face(v, k, 1, 0, 0);
        face(v, k, -1, 0, 0);
        face(v, k, 0, 1, 0);
        face(v, k, 0, -1, 0);
        face(v, k, 0, 0, 1);
        face(v, k, 0, 0, -1);
        return v;
    }

    private static void face(float[] v, int[] k, float nx, float ny, float nz) {
        // Two axes spanning the face, chosen so the triangles wind counter-clockwise seen from outside.
        float[] u = nx != 0 ? new float[] {0, nx, 0} : ny != 0 ? new float[] {0, 0, ny} : new float[] {nz, 0, 0};
        float[] w = {ny * u[2] - nz * u[1], nz * u[0] - nx * u[2], nx * u[1] - ny * u[0]};
        float[][] corners = new float[4][3];
        float[] su = {-1, 1, 1, -1};
        float[] sw = {-1, -1, 1, 1};
        for (int i = 0; i < 4; i++) {
            corners[i][0] = 0.5f * (nx + su[i] * u[0] + sw[i] * w[0]);
            corners[i][1] = 0.5f * (ny + su[i] * u[1] + sw[i] * w[1]);
            corners[i][2] = 0.5f * (nz + su[i] * u[2] + sw[i] * w[2]) + 0.5f;
        }
        int[] order = {0, 1, 2, 0, 2, 3};
        for (int i : order) {
            put(v, k, corners[i][0], corners[i][1], corners[i][2], nx, ny, nz);
        }
    }

    /** A unit cylinder (diameter 1, height 1) around the z axis, with {@code segments} sides. */
    public static float[] cylinder(int segments) {
        float[] v = new float[segments * 12 * 6];
        int[] k = {0};
        for (int s = 0; s < segments; s++) {
            double a0 = 2 * Math.PI * s / segments;
            double a1 = 2 * Math.PI * (s + 1) / segments;
            float x0 = 0.5f * (float) Math.cos(a0);
            float y0 = 0.5f * (float) Math.sin(a0);
            float x1 = 0.5f * (float) Math.cos(a1);
            float y1 = 0.5f * (float) Math.sin(a1);
            float nx = (float) Math.cos((a0 + a1) / 2);
            float ny = (float) Math.sin((a0 + a1) / 2);
            put(v, k, x0, y0, 0, nx, ny, 0);
            put(v, k, x1, y1, 0, nx, ny, 0);
            put(v, k, x1, y1, 1, nx, ny, 0);
            put(v, k, x0, y0, 0, nx, ny, 0);
            put(v, k, x1, y1, 1, nx, ny, 0);
            put(v, k, x0, y0, 1, nx, ny, 0);
            put(v, k, 0, 0, 1, 0, 0, 1);
            put(v, k, x0, y0, 1, 0, 0, 1);
            put(v, k, x1, y1, 1, 0, 0, 1);
            put(v, k, 0, 0, 0, 0, 0, -1);
            put(v, k, x1, y1, 0, 0, 0, -1);
            put(v, k, x0, y0, 0, 0, 0, -1);
        }
        return v;
    }

    private static void put(float[] v, int[] k, float x, float y, float z, float nx, float ny, float nz) {
        int i = k[0];
        v[i] = x;
        v[i + 1] = y;
        v[i + 2] = z;
        v[i + 3] = nx;
        v[i + 4] = ny;
        v[i + 5] = nz;
        k[0] = i + 6;
    }
}
