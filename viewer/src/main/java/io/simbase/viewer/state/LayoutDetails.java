package io.simbase.viewer.state;

import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.PartTypeInfo;
import io.simbase.protocol.v1.SessionLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the viewer draws and binds beyond geometry, read from the layout alone: the look of each
 * part type ({@code part_info}: shape, size, colour) and the tags each component is wired to
 * ({@code ComponentInfo.tags}: a button's tag, a belt's {@code run}). So any scene, bundled or
 * a file on the server, looks the same. A layout from an older server without these gets 5 cm
 * boxes in palette colours and no wiring (its panel then offers no controls).
 *
 * <p>Immutable; built once per layout.
 */
public final class LayoutDetails {
    private static final float DEFAULT_SIZE = 0.05f;

    private final List<PartLook> looks;
    private final Map<String, List<String>> tagsByComponent;

    private LayoutDetails(List<PartLook> looks, Map<String, List<String>> tagsByComponent) {
        this.looks = looks;
        this.tagsByComponent = tagsByComponent;
    }

    /** The details of {@code layout}, looks in the order the layout names part types. */
    public static LayoutDetails of(SessionLayout layout) {
        List<PartLook> looks = new ArrayList<>();
        for (int i = 0; i < layout.getPartTypesCount(); i++) {
            looks.add(look(layout.getPartTypes(i), i < layout.getPartInfoCount() ? layout.getPartInfo(i) : null, i));
        }
        Map<String, List<String>> wiring = new HashMap<>();
        for (ComponentInfo c : layout.getComponentsList()) {
            List<String> tags = new ArrayList<>(c.getTagsCount());
            for (int i = 0; i < c.getTagsCount(); i++) {
                tags.add(c.getTags(i).getTag());
            }
            wiring.put(c.getId(), List.copyOf(tags));
        }
        return new LayoutDetails(List.copyOf(looks), Map.copyOf(wiring));
    }

    /** Looks by part type index. */
    public List<PartLook> looks() {
        return looks;
    }

    /** The tags a component is wired to (the first is its main one), or an empty list. */
    public List<String> tagsOf(String componentId) {
        return tagsByComponent.getOrDefault(componentId, List.of());
    }

    private static PartLook look(String name, PartTypeInfo p, int index) {
        if (p == null) {
            return new PartLook(name, false, DEFAULT_SIZE, DEFAULT_SIZE, DEFAULT_SIZE, Colours.of(null, index), "");
        }
        return new PartLook(name, "cylinder".equals(p.getShape()), size(p.getSizeX()), size(p.getSizeY()),
                size(p.getSizeZ()), Colours.rgb(p.getColour()), p.getMetal() ? "metal" : "non-metal");
    }

    private static float size(double metres) {
        return metres > 0 ? (float) metres : DEFAULT_SIZE;
    }
}
