package io.simbase.engine.scene;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagType;
import io.simbase.engine.parts.PartType;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentRegistry;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.schema.ConfigException;
import io.simbase.engine.schema.Key;
import io.simbase.engine.yaml.YamlException;
import io.simbase.engine.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a scene file (YAML, see {@code docs/scene-format.md}) into a validated {@link Scene}.
 * Every problem is a {@link SceneException} naming the file, the line and what is wrong:
 * unknown keys and component types, values out of range, dangling references, tags of the
 * wrong type or direction, sensors driven twice or not at all.
 */
public final class SceneLoader {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,47}");
    private static final Pattern SCENE_ID = Pattern.compile("[a-z][a-z0-9-]{0,47}");
    private static final double POS = 100; // plant extent limit, metres
    private static final Map<String, Integer> COLOURS = Map.of("red", 0xD03030, "green", 0x30A040, "blue", 0x3060D0,
            "yellow", 0xE0C020, "black", 0x202020, "white", 0xF0F0F0, "grey", 0x808080, "silver", 0xC0C0C8,
            "orange", 0xE08020);
    private static final Set<String> COMMON = Set.of("id", "type", "yaw");
    private static final Set<String> TOP_KEYS = Set.of("scene", "title", "title_zh", "description", "description_zh", "step_ms", "seed",
            "max_parts", "parts", "tags", "components");

    private final String file;
    private final ComponentRegistry registry;
    private final Map<String, Integer> tagIndex = new HashMap<>();
    private final List<TagType> tagTypes = new ArrayList<>();
    private final List<Direction> tagDirs = new ArrayList<>();
    private final Map<Integer, String> sensorDriver = new HashMap<>();
    private final Map<String, Integer> partIndex = new LinkedHashMap<>();
    private final Map<String, String> componentTypes = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private boolean[] operatorTags;
    private long stepNanos;

    private SceneLoader(String file, ComponentRegistry registry) {
        this.file = file;
        this.registry = registry;
    }

    /**
     * Parses scene text with the installed component types; {@code source} names it in errors
     * (a path or a resource name).
     */
    public static Scene parse(String text, String source) throws SceneException {
        return parse(text, source, ComponentRegistry.installed());
    }

    /** Parses scene text with the component types of {@code registry}. */
    public static Scene parse(String text, String source, ComponentRegistry registry) throws SceneException {
        try {
            return new SceneLoader(source, registry).load(text);
        } catch (YamlException e) {
            throw new SceneException(e.file(), e.line(), e.problem());
        }
    }

    private record Reference(YamlNode at, String from, String targetId, Set<String> types, boolean mustPrecede) { }

    private Scene load(String text) throws SceneException, YamlException {
        Node rootNode;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file).build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            Optional<Node> single = composer.getSingleNode();
            if (single.isEmpty()) {
                throw new SceneException(file, 0, "the file is empty");
            }
            rootNode = single.get();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new SceneException(file, line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new SceneException(file, 0, "not valid YAML: " + e.getMessage());
        }
        YamlNode root = new YamlNode(file, rootNode, "");
        root.allowOnly(TOP_KEYS);
        String id = root.str("scene");
        if (!SCENE_ID.matcher(id).matches()) {
            throw root.get("scene").error("scene id '" + id + "' must be lower-case letters, digits and '-'");
        }
        String title = root.str("title", id);
        String description = root.str("description", "");
        SceneTexts zh = new SceneTexts(root.str("title_zh", ""), root.str("description_zh", ""));
        double stepMs = root.num("step_ms", 5, 0.1, 100);
        stepNanos = Math.round(stepMs * 1e6);
        long seed = (long) root.num("seed", 1, 0, 9.0e15);
        int maxParts = (int) root.num("max_parts", 64, 1, 4096);

        List<PartType> parts = parseParts(root);
        IoLayout layout = parseTags(root);
        operatorTags = new boolean[layout.size()];

        List<Recipe> recipes = new ArrayList<>();
        YamlNode comps = root.get("components");
        for (YamlNode c : comps.list()) {
            recipes.add(parseComponent(c));
        }
        checkReferences();
        for (int t = 0; t < layout.size(); t++) {
            if (layout.tag(t).direction() == Direction.SENSOR && !sensorDriver.containsKey(t)) {
                throw root.get("tags").error("sensor tag '" + layout.tag(t).name()
                        + "' is not driven by any component");
            }
        }
        return new Scene(id, title, description, zh, file, stepNanos, seed, maxParts, layout, parts, recipes, operatorTags);
    }

    // ------------------------------------------------------------------ parts and tags

    private List<PartType> parseParts(YamlNode root) throws SceneException, YamlException {
        List<PartType> out = new ArrayList<>();
        YamlNode list = root.opt("parts");
        if (list == null) {
            return out;
        }
        for (YamlNode p0 : list.list()) {
            YamlNode p = p0.within("part");
            p.allowOnly(Set.of("name", "shape", "size", "diameter", "height", "material", "colour", "mass"));
            String name = p.str("name");
            p = p.within("part '" + name + "'");
            checkName(p.get("name"), name);
            if (partIndex.containsKey(name)) {
                throw p.error("duplicate part name '" + name + "'");
            }
            String shape = p.str("shape", "box");
            double l;
            double w;
            double h;
            PartType.Shape s;
            if (shape.equals("box")) {
                double[] size = p.numbers("size", 3, 0.005, 2);
                l = size[0];
                w = size[1];
                h = size[2];
                s = PartType.Shape.BOX;
            } else if (shape.equals("cylinder")) {
                l = w = p.num("diameter", 0.005, 2);
                h = p.num("height", 0.005, 2);
                s = PartType.Shape.CYLINDER;
            } else {
                throw p.get("shape").error("unknown shape '" + shape + "' (allowed: box, cylinder)");
            }
            String material = p.str("material", "plastic");
            boolean metal;
            double density;
            switch (material) {
                case "metal": metal = true; density = 2700; break;
                case "plastic": metal = false; density = 950; break;
                case "wood": metal = false; density = 600; break;
                default: throw p.get("material").error("unknown material '" + material + "' (allowed: metal, plastic, wood)");
            }
            double volume = s == PartType.Shape.BOX ? l * w * h : Math.PI / 4 * l * l * h;
            double mass = p.num("mass", volume * density, 0.001, 100);
            int colour = parseColour(p, p.str("colour", metal ? "silver" : "grey"));
            partIndex.put(name, out.size());
            out.add(new PartType(name, s, l, w, h, metal, colour, mass));
        }
        return out;
    }

    private static int parseColour(YamlNode p, String c) throws SceneException, YamlException {
        if (c.matches("#[0-9a-fA-F]{6}")) {
            return Integer.parseInt(c.substring(1), 16);
        }
        Integer v = COLOURS.get(c);
        if (v == null) {
            throw p.error("unknown colour '" + c + "' (a name such as red, or #rrggbb)");
        }
        return v;
    }

    private IoLayout parseTags(YamlNode root) throws SceneException, YamlException {
        IoLayout.Builder b = IoLayout.builder();
        for (YamlNode t0 : root.get("tags").list()) {
            YamlNode t = t0.within("tag");
            t.allowOnly(Set.of("name", "type", "dir", "range", "unit", "desc", "desc_zh"));
            String name = t.str("name");
            t = t.within("tag '" + name + "'");
            checkName(t.get("name"), name);
            if (tagIndex.containsKey(name)) {
                throw t.error("duplicate tag name '" + name + "'");
            }
            TagType type = TagType.parse(t.str("type"));
            if (type == null) {
                throw t.get("type").error("unknown type '" + t.str("type") + "' (allowed: bool, int, real)");
            }
            Direction dir = Direction.parse(t.str("dir"));
            if (dir == null) {
                throw t.get("dir").error("unknown direction '" + t.str("dir") + "' (allowed: sensor, actuator)");
            }
            double min = 0;
            double max = 1;
            if (type == TagType.REAL) {
                double[] r = t.numbers("range", 2, -1e9, 1e9);
                min = r[0];
                max = r[1];
            } else if (type == TagType.INT) {
                if (t.has("range")) {
                    double[] r = t.numbers("range", 2, -32768, 65535);
                    min = r[0];
                    max = r[1];
                } else {
                    max = 65535;
                }
                if (min < 0 && max > 32767) {
                    throw t.get("range").error("an int range must fit 16 bits: [-32768, 32767] or [0, 65535]");
                }
            } else if (t.has("range")) {
                throw t.get("range").error("a bool tag has no range");
            }
            if (!(min < max)) {
                throw t.get("range").error("range minimum must be below its maximum");
            }
            tagIndex.put(name, tagTypes.size());
            tagTypes.add(type);
            tagDirs.add(dir);
            b.add(name, type, dir, min, max, t.str("unit", ""), t.str("desc", ""), t.str("desc_zh", ""));
        }
        return b.build();
    }

    private static void checkName(YamlNode at, String name) throws SceneException, YamlException {
        if (!NAME.matcher(name).matches()) {
            throw at.error("name '" + name + "' must be lower-case letters, digits and '_', starting with a letter");
        }
    }

    // ------------------------------------------------------------------ components

    private Recipe parseComponent(YamlNode c0) throws SceneException, YamlException {
        YamlNode c = c0.within("component");
        String id = c.str("id");
        checkName(c.get("id"), id);
        c = c.within("component '" + id + "'");
        if (componentTypes.containsKey(id)) {
            throw c.error("duplicate component id '" + id + "'");
        }
        String typeName = c.str("type");
        componentTypes.put(id, typeName);
        int yaw = (int) c.num("yaw", 0, 0, 270);
        if (yaw % 90 != 0) {
            throw c.get("yaw").error("yaw must be 0, 90, 180 or 270");
        }
        ComponentType type = registry.find(typeName);
        if (type == null) {
            throw c.get("type").error("unknown component type '" + typeName + "' (allowed: "
                    + String.join(", ", registry.names()) + ")");
        }
        Set<String> allowed = new HashSet<>(COMMON);
        for (Key k : type.keys()) {
            allowed.add(k.name());
        }
        c.allowOnly(allowed);
        Map<String, Object> values = new HashMap<>();
        Map<String, TagType> types = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Key k : type.keys()) {
            YamlNode n = c.opt(k.name());
            if (n == null) {
                if (k.required()) {
                    throw c.error("missing '" + k.name() + "'" + (k.kind() == Key.Kind.TAG
                            ? " (a " + (k.tagTypes().isEmpty() ? "" : k.tagTypeText() + " ") + k.direction().key() + " tag)"
                            : ""));
                }
                continue;
            }
            Object v = value(c, n, k, id);
            values.put(k.name(), v);
            if (k.kind() == Key.Kind.TAG) {
                int t = (Integer) v;
                types.put(k.name(), tagTypes.get(t));
                names.put(k.name(), n.scalar());
                if (k.operated()) {
                    operatorTags[t] = true;
                }
            }
        }
        Recipe recipe = new Recipe(type, new ComponentConfig(type, id, yaw, stepNanos, values, types, names));
        try {
            recipe.create(); // the type's own rules across keys
        } catch (ConfigException e) {
            YamlNode at = e.key() != null && c.has(e.key()) ? c.get(e.key()) : c;
            throw at.error(e.getMessage());
        }
        return recipe;
    }

    /** Checks one given key against its declaration; returns the value {@link ComponentConfig} holds. */
    private Object value(YamlNode c, YamlNode n, Key k, String id) throws SceneException, YamlException {
        String key = k.name();
        switch (k.kind()) {
            case NUMBER:
                return n.number(k.min(), k.max(), key);
            case NUMBERS:
                return c.numbers(key, k.count(), k.min(), k.max());
            case POINT:
                return c.numbers(key, k.count() != 0 ? k.count() : n.list().size() == 3 ? 3 : 2, -POS, POS);
            case BOOL:
                return c.bool(key, false);
            case TEXT:
                return n.scalar();
            case CHOICE: {
                String s = n.scalar();
                if (!k.choices().contains(s)) {
                    throw n.error(key + " must be '" + String.join("' or '", k.choices()) + "'");
                }
                return s;
            }
            case TAG:
                return tag(c, key, k.required(), id, k.tagTypes(), k.direction());
            case REF: {
                String target = n.scalar();
                references.add(new Reference(n, id, target, k.refTypes(), k.mustPrecede()));
                return target;
            }
            case REFS:
                return ids(c, key, id, k.refTypes());
            case PART_SEQUENCE:
                return partSequence(n, key);
            default:
                return partWeights(n, key, k.max());
        }
    }

    private int[] partSequence(YamlNode n, String key) throws SceneException, YamlException {
        List<YamlNode> items = n.list();
        if (items.isEmpty()) {
            throw n.error(key + " is empty");
        }
        int[] seq = new int[items.size()];
        for (int i = 0; i < seq.length; i++) {
            seq[i] = part(items.get(i));
        }
        return seq;
    }

    private double[] partWeights(YamlNode n, String key, double maxWeight) throws SceneException, YamlException {
        double[] weights = new double[partIndex.size()];
        boolean any = false;
        for (YamlNode item : n.list()) {
            item.allowOnly(Set.of("part", "weight"));
            int p = part(item.get("part"));
            weights[p] += item.num("weight", 1, 0, maxWeight);
            any |= weights[p] > 0;
        }
        if (!any) {
            throw n.error(key + " needs at least one part with a weight above 0");
        }
        return weights;
    }

    private int part(YamlNode n) throws SceneException, YamlException {
        String name = n.scalar();
        Integer p = partIndex.get(name);
        if (p == null) {
            throw n.error("unknown part '" + name + "' (declared: " + String.join(", ", partIndex.keySet()) + ")");
        }
        return p;
    }

    private String[] ids(YamlNode c, String key, String from, Set<String> types) throws SceneException, YamlException {
        YamlNode n = c.opt(key);
        if (n == null) {
            return new String[0];
        }
        List<YamlNode> items = n.list();
        String[] out = new String[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = items.get(i).scalar();
            references.add(new Reference(items.get(i), from, out[i], types, false));
        }
        return out;
    }

    /**
     * Resolves a tag reference and checks its type and direction; registers sensor drivers.
     *
     * @param types the types allowed; empty for any
     * @return the tag index, or -1 when optional and absent
     */
    private int tag(YamlNode c, String key, boolean required, String componentId, Set<TagType> types, Direction dir)
            throws SceneException, YamlException {
        String typeText = types.stream().sorted().map(TagType::key).collect(Collectors.joining(" or "));
        YamlNode n = c.opt(key);
        if (n == null) {
            if (required) {
                throw c.error("missing '" + key + "' (a " + (types.isEmpty() ? "" : typeText + " ") + dir.key() + " tag)");
            }
            return -1;
        }
        String name = n.scalar();
        Integer t = tagIndex.get(name);
        if (t == null) {
            throw n.error(key + ": unknown tag '" + name + "' (declare it under 'tags')");
        }
        if ((!types.isEmpty() && !types.contains(tagTypes.get(t))) || tagDirs.get(t) != dir) {
            throw n.error(key + ": tag '" + name + "' is a " + tagTypes.get(t).key() + " " + tagDirs.get(t).key()
                    + ", but this needs a " + (types.isEmpty() ? "" : typeText + " ") + dir.key());
        }
        if (dir == Direction.SENSOR) {
            String prev = sensorDriver.putIfAbsent(t, componentId);
            if (prev != null) {
                throw n.error(key + ": sensor tag '" + name + "' is already driven by component '" + prev + "'");
            }
        }
        return t;
    }

    private void checkReferences() throws SceneException, YamlException {
        List<String> order = new ArrayList<>(componentTypes.keySet());
        for (Reference r : references) {
            String type = componentTypes.get(r.targetId());
            if (type == null) {
                throw r.at().error("unknown component '" + r.targetId() + "'");
            }
            if (!r.types().contains(type)) {
                throw r.at().error("'" + r.targetId() + "' is a " + type + ", but this needs a "
                        + String.join(" or ", r.types()));
            }
            if (r.mustPrecede() && order.indexOf(r.targetId()) > order.indexOf(r.from())) {
                throw r.at().error("'" + r.targetId() + "' must be declared before '" + r.from() + "'");
            }
        }
    }
}
