package io.simbase.viewer.render;

import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.viewer.state.PlantMirror;

/**
 * One component of the layout as the renderer needs it: its geometry as floats, its heading,
 * the indices of the visual values its drawer reads, and its world bounds for picking.
 * Built when a layout arrives; read-only afterwards.
 */
public final class ComponentView {
    public final ComponentInfo info;
    public final String id;
    public final String type;
    public final float x;
    public final float y;
    public final float z;
    public final float sizeX;
    public final float sizeY;
    public final float sizeZ;
    public final float yaw;
    /** Unit heading (exact for the four allowed yaws). */
    public final float dirX;
    public final float dirY;
    /** Indices of the drawer's visuals, in the order it declared them; -1 when absent. */
    public final int[] visuals;
    /** A number the drawer derives once from the properties (a sensor's range, say); set in prepare. */
    public float param;
    /** A colour the drawer derives once (a pilot light's), or null. */
    public float[] colour;
    /** The component's own top-down drawing, parsed once (the generic drawer's), or null. */
    public DrawingShapes shapes;
    /** The texts of the drawer's {@link ComponentDrawer#wordKeys} in the viewer's language; set when the layout arrives. */
    public String[] words = new String[0];
    /** World bounds for picking, set by the drawer (default: the footprint times the height). */
    public final float[] bounds = new float[6];

    ComponentView(ComponentInfo c, PlantMirror mirror, String[] visualNames) {
        info = c;
        id = c.getId();
        type = c.getType();
        x = (float) c.getX();
        y = (float) c.getY();
        z = (float) c.getZ();
        sizeX = (float) c.getSizeX();
        sizeY = (float) c.getSizeY();
        sizeZ = (float) c.getSizeZ();
        yaw = (float) c.getYawDegrees();
        int yawInt = (int) Math.round(c.getYawDegrees());
        dirX = yawInt == 0 ? 1 : yawInt == 180 ? -1 : 0;
        dirY = yawInt == 90 ? 1 : yawInt == 270 ? -1 : 0;
        visuals = new int[visualNames.length];
        for (int i = 0; i < visualNames.length; i++) {
            visuals[i] = mirror.visualIndex(id, visualNames[i]);
        }
        float ex = dirX != 0 ? sizeX : sizeY;
        float ey = dirX != 0 ? sizeY : sizeX;
        setBounds(x - ex / 2, y - ey / 2, z, x + ex / 2, y + ey / 2, z + sizeZ);
    }

    public void setBounds(float minX, float minY, float minZ, float maxX, float maxY, float maxZ) {
        bounds[0] = minX;
        bounds[1] = minY;
        bounds[2] = minZ;
        bounds[3] = maxX;
        bounds[4] = maxY;
        bounds[5] = maxZ;
    }

    /** Extent of the footprint along world x. */
    public float extentX() {
        return dirX != 0 ? sizeX : sizeY;
    }

    /** Extent of the footprint along world y. */
    public float extentY() {
        return dirX != 0 ? sizeY : sizeX;
    }

    /** A numeric property of the component, or {@code fallback} when absent or not a number. */
    public float number(String key, float fallback) {
        try {
            return Float.parseFloat(info.getPropertiesOrDefault(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A property of the component, or {@code fallback}. */
    public String property(String key, String fallback) {
        return info.getPropertiesOrDefault(key, fallback);
    }
}
