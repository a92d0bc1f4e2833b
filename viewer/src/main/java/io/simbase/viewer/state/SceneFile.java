package io.simbase.viewer.state;

import io.simbase.protocol.v1.SessionLayout;
import io.simbase.protocol.v1.TagInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What the layout does not say and the bundled scene file does: the look of each part type
 * (shape, size, colour) and which tags each component is wired to (a button's tag, a belt's
 * {@code run}). Read from {@code simbase/scenes/ID.yaml} in the assets jar when the layout's
 * scene is a bundled one; a scene the viewer does not ship gets 5 cm boxes in palette colours
 * and no wiring (its panel then offers no controls). Immutable; built once per layout.
 */
public final class SceneFile {
    private static final float DEFAULT_SIZE = 0.05f;

    private final List<PartLook> looks;
    private final Map<String, List<String>> tagsByComponent;

    private SceneFile(List<PartLook> looks, Map<String, List<String>> tagsByComponent) {
        this.looks = looks;
        this.tagsByComponent = tagsByComponent;
    }

    /** The extras of the layout's scene, in the order the layout names part types. */
    public static SceneFile forLayout(SessionLayout layout) {
        Map<String, Object> doc = read(layout.getScene());
        Map<String, Map<String, Object>> declared = new HashMap<>();
        if (doc.get("parts") instanceof List<?> parts) {
            for (Object o : parts) {
                if (o instanceof Map<?, ?> p && p.get("name") instanceof String n) {
                    declared.put(n, cast(p));
                }
            }
        }
        List<PartLook> looks = new ArrayList<>();
        for (int i = 0; i < layout.getPartTypesCount(); i++) {
            String name = layout.getPartTypes(i);
            looks.add(look(name, declared.get(name), i));
        }
        Set<String> tagNames = new HashSet<>();
        for (TagInfo t : layout.getTagsList()) {
            tagNames.add(t.getName());
        }
        Map<String, List<String>> wiring = new LinkedHashMap<>();
        if (doc.get("components") instanceof List<?> comps) {
            for (Object o : comps) {
                if (o instanceof Map<?, ?> c && c.get("id") instanceof String id) {
                    List<String> tags = new ArrayList<>();
                    for (Map.Entry<?, ?> e : c.entrySet()) {
                        if (!"id".equals(e.getKey()) && e.getValue() instanceof String v && tagNames.contains(v)) {
                            tags.add(v);
                        }
                    }
                    wiring.put(id, List.copyOf(tags));
                }
            }
        }
        return new SceneFile(List.copyOf(looks), wiring);
    }

    /** Looks by part type index. */
    public List<PartLook> looks() {
        return looks;
    }

    /** The tags a component is wired to (the first is its main one), or an empty list. */
    public List<String> tagsOf(String componentId) {
        return tagsByComponent.getOrDefault(componentId, List.of());
    }

    private static PartLook look(String name, Map<String, Object> p, int index) {
        if (p == null) {
            return new PartLook(name, false, DEFAULT_SIZE, DEFAULT_SIZE, DEFAULT_SIZE, Colours.of(null, index), "");
        }
        String material = String.valueOf(p.getOrDefault("material", ""));
        float[] rgb = Colours.of(p.get("colour") instanceof String s ? s : null, index);
        if ("cylinder".equals(p.get("shape"))) {
            float d = number(p.get("diameter"), DEFAULT_SIZE);
            return new PartLook(name, true, d, d, number(p.get("height"), DEFAULT_SIZE), rgb, material);
        }
        float x = DEFAULT_SIZE;
        float y = DEFAULT_SIZE;
        float z = DEFAULT_SIZE;
        if (p.get("size") instanceof List<?> s && s.size() == 3) {
            x = number(s.get(0), x);
            y = number(s.get(1), y);
            z = number(s.get(2), z);
        }
        return new PartLook(name, false, x, y, z, rgb, material);
    }

    private static Map<String, Object> read(String sceneId) {
        if (sceneId == null || !sceneId.matches("[A-Za-z0-9_-]+")) {
            return Map.of();
        }
        try (InputStream in = SceneFile.class.getResourceAsStream("/simbase/scenes/" + sceneId + ".yaml")) {
            if (in == null) {
                return Map.of();
            }
            Object doc = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            return doc instanceof Map<?, ?> m ? cast(m) : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // an unreadable bundled file: default looks rather than no picture
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static float number(Object o, float fallback) {
        return o instanceof Number n ? n.floatValue() : fallback;
    }
}
