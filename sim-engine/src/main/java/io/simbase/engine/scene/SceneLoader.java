package io.simbase.engine.scene;

import io.simbase.engine.component.Belt;
import io.simbase.engine.component.Chute;
import io.simbase.engine.component.Diverter;
import io.simbase.engine.component.Emitter;
import io.simbase.engine.component.Guide;
import io.simbase.engine.component.Heater;
import io.simbase.engine.component.HeightSensor;
import io.simbase.engine.component.LevelSensor;
import io.simbase.engine.component.PanelControl;
import io.simbase.engine.component.PanelIndicator;
import io.simbase.engine.component.PhotoEye;
import io.simbase.engine.component.ProximitySensor;
import io.simbase.engine.component.Pump;
import io.simbase.engine.component.Remover;
import io.simbase.engine.component.Stopper;
import io.simbase.engine.component.Tank;
import io.simbase.engine.component.Pusher;
import io.simbase.engine.component.Valve;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagType;
import io.simbase.engine.parts.PartType;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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
    private static final Set<String> TOP_KEYS = Set.of("scene", "title", "description", "step_ms", "seed",
            "max_parts", "parts", "tags", "components");

    private final String file;
    private final Map<String, Integer> tagIndex = new HashMap<>();
    private final List<TagType> tagTypes = new ArrayList<>();
    private final List<Direction> tagDirs = new ArrayList<>();
    private final Map<Integer, String> sensorDriver = new HashMap<>();
    private final Map<String, Integer> partIndex = new LinkedHashMap<>();
    private final Map<String, String> componentTypes = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private boolean[] operatorTags;
    private long stepNanos;

    private SceneLoader(String file) {
        this.file = file;
    }

    /** Parses scene text; {@code source} names it in errors (a path or a resource name). */
    public static Scene parse(String text, String source) throws SceneException {
        return new SceneLoader(source).load(text);
    }

    private record Reference(YamlNode at, String from, String targetId, Set<String> types, boolean mustPrecede) { }

    private Scene load(String text) throws SceneException {
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
        double stepMs = root.num("step_ms", 5, 0.1, 100);
        stepNanos = Math.round(stepMs * 1e6);
        long seed = (long) root.num("seed", 1, 0, 9.0e15);
        int maxParts = (int) root.num("max_parts", 64, 1, 4096);

        List<PartType> parts = parseParts(root);
        IoLayout layout = parseTags(root);
        operatorTags = new boolean[layout.size()];

        List<Supplier<Component>> recipes = new ArrayList<>();
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
        return new Scene(id, title, description, file, stepNanos, seed, maxParts, layout, parts, recipes, operatorTags);
    }

    // ------------------------------------------------------------------ parts and tags

    private List<PartType> parseParts(YamlNode root) throws SceneException {
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

    private static final Map<String, Integer> COLOURS = Map.of("red", 0xD03030, "green", 0x30A040, "blue", 0x3060D0,
            "yellow", 0xE0C020, "black", 0x202020, "white", 0xF0F0F0, "grey", 0x808080, "silver", 0xC0C0C8,
            "orange", 0xE08020);

    private static int parseColour(YamlNode p, String c) throws SceneException {
        if (c.matches("#[0-9a-fA-F]{6}")) {
            return Integer.parseInt(c.substring(1), 16);
        }
        Integer v = COLOURS.get(c);
        if (v == null) {
            throw p.error("unknown colour '" + c + "' (a name such as red, or #rrggbb)");
        }
        return v;
    }

    private IoLayout parseTags(YamlNode root) throws SceneException {
        IoLayout.Builder b = IoLayout.builder();
        for (YamlNode t0 : root.get("tags").list()) {
            YamlNode t = t0.within("tag");
            t.allowOnly(Set.of("name", "type", "dir", "range", "unit", "desc"));
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
            b.add(name, type, dir, min, max, t.str("unit", ""), t.str("desc", ""));
        }
        return b.build();
    }

    private static void checkName(YamlNode at, String name) throws SceneException {
        if (!NAME.matcher(name).matches()) {
            throw at.error("name '" + name + "' must be lower-case letters, digits and '_', starting with a letter");
        }
    }

    // ------------------------------------------------------------------ components

    private static final Set<String> COMMON = Set.of("id", "type", "at", "yaw");

    private static Set<String> keys(String... extra) {
        Set<String> s = new java.util.HashSet<>(COMMON);
        s.addAll(List.of(extra));
        return s;
    }

    private Supplier<Component> parseComponent(YamlNode c0) throws SceneException {
        YamlNode c = c0.within("component");
        String id = c.str("id");
        checkName(c.get("id"), id);
        c = c.within("component '" + id + "'");
        if (componentTypes.containsKey(id)) {
            throw c.error("duplicate component id '" + id + "'");
        }
        String type = c.str("type");
        componentTypes.put(id, type);
        int yaw = (int) c.num("yaw", 0, 0, 270);
        if (yaw % 90 != 0) {
            throw c.get("yaw").error("yaw must be 0, 90, 180 or 270");
        }
        switch (type) {
            case "belt": {
                c.allowOnly(keys("length", "width", "height", "speed", "friction", "accel_s", "run", "reverse", "speed_tag"));
                double[] at = c.numbers("at", 2, -POS, POS);
                Geometry g = new Geometry(at[0], at[1], 0, c.num("length", 0.05, 50), c.num("width", 0.02, 5),
                        c.num("height", 0.05, 5), yaw);
                double speed = c.num("speed", 0.2, 0, 5);
                double mu = c.num("friction", 0.6, 0.01, 2);
                double accel = c.num("accel_s", 0.1, 0, 10);
                int run = tag(c, "run", false, id, TagType.BOOL, Direction.ACTUATOR);
                int rev = tag(c, "reverse", false, id, TagType.BOOL, Direction.ACTUATOR);
                int spd = tag(c, "speed_tag", false, id, TagType.REAL, Direction.ACTUATOR);
                if (run < 0 && spd < 0) {
                    throw c.error("a belt needs 'run' (bool actuator) or 'speed_tag' (real actuator, m/s)");
                }
                return () -> new Belt(id, g, speed, mu, accel, run, rev, spd);
            }
            case "chute":
            case "table": {
                c.allowOnly(keys("length", "width", "height", "slide_speed", "friction"));
                double[] at = c.numbers("at", 2, -POS, POS);
                Geometry g = new Geometry(at[0], at[1], 0, c.num("length", 0.02, 50), c.num("width", 0.02, 5),
                        c.num("height", 0.0, 5), yaw);
                double slide = type.equals("table") ? 0 : c.num("slide_speed", 0.3, 0, 5);
                double mu = c.num("friction", 0.4, 0.01, 2);
                return () -> new Chute(id, g, slide, mu);
            }
            case "guide": {
                c.allowOnly(keys("size"));
                double[] at = c.numbers("at", 3, -POS, POS);
                double[] size = c.numbers("size", 3, 0.001, 50);
                Geometry g = new Geometry(at[0], at[1], at[2], size[0], size[1], size[2], yaw);
                return () -> new Guide(id, g);
            }
            case "emitter": {
                c.allowOnly(keys("interval_s", "first_s", "sequence", "mix", "enable", "limit"));
                double[] at = c.numbers("at", 2, -POS, POS);
                Geometry g = new Geometry(at[0], at[1], 0, 0.1, 0.1, 0.1, yaw);
                double interval = c.num("interval_s", 0.05, 3600);
                double first = c.num("first_s", 0, 0, 3600);
                int enable = tag(c, "enable", false, id, TagType.BOOL, Direction.ACTUATOR);
                long limit = (long) c.num("limit", 0, 0, 1e9);
                int[] seq = null;
                double[] weights = null;
                if (c.has("sequence") == c.has("mix")) {
                    throw c.error("an emitter needs exactly one of 'sequence' (part names in order) or 'mix' (part: weight)");
                }
                if (c.has("sequence")) {
                    List<YamlNode> items = c.get("sequence").list();
                    if (items.isEmpty()) {
                        throw c.get("sequence").error("sequence is empty");
                    }
                    seq = new int[items.size()];
                    for (int i = 0; i < seq.length; i++) {
                        seq[i] = part(items.get(i));
                    }
                } else {
                    weights = new double[partIndex.size()];
                    YamlNode mix = c.get("mix");
                    boolean any = false;
                    for (YamlNode item : mix.list()) {
                        item.allowOnly(Set.of("part", "weight"));
                        int p = part(item.get("part"));
                        weights[p] += item.num("weight", 1, 0, 1e6);
                        any |= weights[p] > 0;
                    }
                    if (!any) {
                        throw mix.error("mix needs at least one part with a weight above 0");
                    }
                }
                int[] fseq = seq;
                double[] fw = weights;
                long sn = stepNanos;
                return () -> new Emitter(id, g, interval, first, fseq, fw, enable, limit, sn);
            }
            case "remover": {
                c.allowOnly(keys("size", "count"));
                double[] at = c.numbers("at", 2, -POS, POS);
                double[] size = c.numbers("size", 2, 0.01, 50);
                Geometry g = new Geometry(at[0], at[1], 0, size[0], size[1], 0.05, yaw);
                int count = tag(c, "count", false, id, TagType.INT, Direction.SENSOR);
                return () -> new Remover(id, g, count);
            }
            case "photo_eye":
            case "through_beam": {
                c.allowOnly(keys("range", "invert", "tag"));
                double[] at = c.numbers("at", 3, -POS, POS);
                Geometry g = new Geometry(at[0], at[1], at[2], 0.03, 0.03, 0.03, yaw);
                double range = c.num("range", 0.001, 20);
                boolean invert = c.bool("invert", false);
                int tag = tag(c, "tag", true, id, TagType.BOOL, Direction.SENSOR);
                boolean through = type.equals("through_beam");
                return () -> new PhotoEye(id, g, through, range, invert, tag);
            }
            case "inductive":
            case "capacitive": {
                c.allowOnly(keys("range", "face", "invert", "tag"));
                double[] at = c.numbers("at", 3, -POS, POS);
                Geometry g = new Geometry(at[0], at[1], at[2], 0.03, 0.03, 0.03, yaw);
                boolean ind = type.equals("inductive");
                double range = c.num("range", ind ? 0.008 : 0.015, 0.0005, 0.2);
                double face = c.num("face", 0.03, 0.005, 0.5);
                boolean invert = c.bool("invert", false);
                int tag = tag(c, "tag", true, id, TagType.BOOL, Direction.SENSOR);
                ProximitySensor.Kind k = ind ? ProximitySensor.Kind.INDUCTIVE : ProximitySensor.Kind.CAPACITIVE;
                return () -> new ProximitySensor(id, g, k, range, face, invert, tag);
            }
            case "limit_switch": {
                c.allowOnly(keys("size", "invert", "tag"));
                double[] at = c.numbers("at", 3, -POS, POS);
                double[] size = c.numbers("size", 3, 0.001, 5);
                Geometry g = new Geometry(at[0], at[1], at[2], size[0], size[1], size[2], yaw);
                boolean invert = c.bool("invert", false);
                int tag = tag(c, "tag", true, id, TagType.BOOL, Direction.SENSOR);
                return () -> new ProximitySensor(id, g, ProximitySensor.Kind.LIMIT_SWITCH, 0, 0, invert, tag);
            }
            case "height_sensor": {
                c.allowOnly(keys("size", "tag", "threshold", "noise"));
                double[] at = c.numbers("at", 3, -POS, POS);
                double[] size = c.numbers("size", 2, 0.005, 5);
                Geometry g = new Geometry(at[0], at[1], at[2], size[0], size[1], 0.03, yaw);
                boolean digital = c.has("threshold");
                int tag = digital ? tag(c, "tag", true, id, TagType.BOOL, Direction.SENSOR)
                        : tag(c, "tag", true, id, TagType.REAL, Direction.SENSOR);
                double threshold = c.num("threshold", 0, 0, 5);
                double noise = c.num("noise", 0, 0, 1);
                return () -> new HeightSensor(id, g, tag, digital, threshold, noise);
            }
            case "pusher": {
                c.allowOnly(keys("stroke", "plate", "t_extend", "t_retract", "extend", "retract", "retracted", "extended"));
                double[] at = c.numbers("at", 3, -POS, POS);
                double[] plate = c.numbers("plate", 2, 0.005, 2);
                Geometry g = new Geometry(at[0], at[1], at[2], 0.02, plate[0], plate[1], yaw);
                double stroke = c.num("stroke", 0.005, 3);
                double te = c.num("t_extend", 0.5, 0.01, 60);
                double tr = c.num("t_retract", te, 0.01, 60);
                int ext = tag(c, "extend", true, id, TagType.BOOL, Direction.ACTUATOR);
                int ret = tag(c, "retract", false, id, TagType.BOOL, Direction.ACTUATOR);
                int rs = tag(c, "retracted", false, id, TagType.BOOL, Direction.SENSOR);
                int es = tag(c, "extended", false, id, TagType.BOOL, Direction.SENSOR);
                return () -> new Pusher(id, g, stroke, te, tr, ext, ret, rs, es);
            }
            case "stopper": {
                c.allowOnly(keys("size", "t_travel", "raise", "up"));
                double[] at = c.numbers("at", 3, -POS, POS);
                double[] size = c.numbers("size", 3, 0.002, 2);
                Geometry g = new Geometry(at[0], at[1], at[2], size[0], size[1], size[2], yaw);
                double t = c.num("t_travel", 0.1, 0.01, 60);
                int raise = tag(c, "raise", true, id, TagType.BOOL, Direction.ACTUATOR);
                int up = tag(c, "up", false, id, TagType.BOOL, Direction.SENSOR);
                return () -> new Stopper(id, g, t, raise, up);
            }
            case "diverter": {
                c.allowOnly(keys("size", "belt", "speed", "friction", "tag"));
                double[] at = c.numbers("at", 2, -POS, POS);
                double[] size = c.numbers("size", 2, 0.01, 5);
                Geometry g = new Geometry(at[0], at[1], 0, size[0], size[1], 0.01, yaw);
                String belt = c.str("belt");
                references.add(new Reference(c.get("belt"), id, belt, Set.of("belt"), true));
                double speed = c.num("speed", 0.3, 0, 5);
                double mu = c.num("friction", 0.8, 0.01, 2);
                int tag = tag(c, "tag", true, id, TagType.BOOL, Direction.ACTUATOR);
                return () -> new Diverter(id, g, belt, speed, mu, tag);
            }
            case "tank": {
                c.allowOnly(keys("area", "height", "level", "inlets", "outlets"));
                double[] at = c.numbers("at", 2, -POS, POS);
                double area = c.num("area", 0.001, 100);
                double side = Math.sqrt(area * 4 / Math.PI);
                double height = c.num("height", 0.05, 50);
                Geometry g = new Geometry(at[0], at[1], 0, side, side, height, yaw);
                double level = c.num("level", 0, 0, height);
                String[] inlets = ids(c, "inlets", id, Set.of("supply_valve", "pump"));
                String[] outlets = ids(c, "outlets", id, Set.of("drain_valve"));
                return () -> new Tank(id, g, area, level, inlets, outlets);
            }
            case "supply_valve":
            case "drain_valve": {
                boolean drain = type.equals("drain_valve");
                c.allowOnly(drain ? keys("tag", "orifice", "cd") : keys("tag", "flow"));
                Geometry g = smallAt(c, 0.1);
                int tag = tag(c, "tag", true, id, null, Direction.ACTUATOR);
                double flow = drain ? 0 : c.num("flow", 1e-6, 10);
                double orifice = drain ? c.num("orifice", 1e-6, 1) : 0;
                double cd = drain ? c.num("cd", 0.61, 0.1, 1) : 0;
                return () -> new Valve(id, g, drain, flow, orifice, cd, tag);
            }
            case "pump": {
                c.allowOnly(keys("run", "flow", "feedback"));
                Geometry g = smallAt(c, 0.3);
                int run = tag(c, "run", true, id, TagType.BOOL, Direction.ACTUATOR);
                double flow = c.num("flow", 1e-6, 10);
                int fb = tag(c, "feedback", false, id, TagType.BOOL, Direction.SENSOR);
                return () -> new Pump(id, g, flow, run, fb);
            }
            case "level_meter":
            case "level_switch": {
                boolean sw = type.equals("level_switch");
                c.allowOnly(sw ? keys("tank", "tag", "level", "on") : keys("tank", "tag", "noise"));
                Geometry g = smallAt(c, 0.05);
                String tank = c.str("tank");
                references.add(new Reference(c.get("tank"), id, tank, Set.of("tank"), false));
                if (sw) {
                    int tag = tag(c, "tag", true, id, TagType.BOOL, Direction.SENSOR);
                    double mark = c.num("level", 0, 50);
                    String on = c.str("on", "above");
                    if (!on.equals("above") && !on.equals("below")) {
                        throw c.get("on").error("on must be 'above' or 'below'");
                    }
                    boolean below = on.equals("below");
                    return () -> LevelSensor.levelSwitch(id, g, tank, tag, mark, below);
                }
                int tag = tag(c, "tag", true, id, TagType.REAL, Direction.SENSOR);
                double noise = c.num("noise", 0, 0, 1);
                return () -> LevelSensor.meter(id, g, tank, tag, noise);
            }
            case "heater": {
                c.allowOnly(keys("power", "ambient", "gain", "tau", "temperature"));
                Geometry g = smallAt(c, 0.1);
                int power = tag(c, "power", true, id, null, Direction.ACTUATOR);
                double ambient = c.num("ambient", 20, -50, 100);
                double gain = c.num("gain", 0, 1000);
                double tau = c.num("tau", 0.1, 1e5);
                int temp = tag(c, "temperature", false, id, TagType.REAL, Direction.SENSOR);
                return () -> new Heater(id, g, ambient, gain, tau, power, temp);
            }
            case "button":
            case "estop":
            case "selector":
            case "setpoint": {
                c.allowOnly(keys("tag", "contact", "label", "initial"));
                Geometry g = smallAt(c, 0.04);
                String label = c.str("label", id);
                PanelControl.Kind kind;
                int tag;
                double initial = 0;
                if (type.equals("button")) {
                    String contact = c.str("contact", "no");
                    if (!contact.equals("no") && !contact.equals("nc")) {
                        throw c.get("contact").error("contact must be 'no' or 'nc'");
                    }
                    kind = contact.equals("no") ? PanelControl.Kind.BUTTON_NO : PanelControl.Kind.BUTTON_NC;
                    tag = tag(c, "tag", true, id, TagType.BOOL, Direction.SENSOR);
                } else if (type.equals("estop")) {
                    kind = PanelControl.Kind.ESTOP;
                    tag = tag(c, "tag", true, id, TagType.BOOL, Direction.SENSOR);
                } else if (type.equals("selector")) {
                    kind = PanelControl.Kind.SELECTOR;
                    tag = tag(c, "tag", true, id, null, Direction.SENSOR);
                    initial = c.num("initial", 0, 0, 65535);
                } else {
                    kind = PanelControl.Kind.SETPOINT;
                    tag = tag(c, "tag", true, id, TagType.REAL, Direction.SENSOR);
                    initial = c.num("initial", 0, -1e9, 1e9);
                }
                operatorTags[tag] = true;
                PanelControl.Kind k = kind;
                int t = tag;
                double init = initial;
                return () -> new PanelControl(id, g, k, t, label, init);
            }
            case "light":
            case "display": {
                c.allowOnly(keys("tag", "label", "colour"));
                Geometry g = smallAt(c, 0.04);
                boolean light = type.equals("light");
                int tag = light ? tag(c, "tag", true, id, TagType.BOOL, Direction.ACTUATOR)
                        : tag(c, "tag", true, id, null, Direction.ACTUATOR);
                String label = c.str("label", id);
                String colour = c.str("colour", light ? "green" : "white");
                return () -> new PanelIndicator(id, g, light, tag, label, colour);
            }
            default:
                throw c.get("type").error("unknown component type '" + type + "' (allowed: " + String.join(", ", TYPES) + ")");
        }
    }

    /** Every component type the loader knows. */
    public static final List<String> TYPES = List.of("belt", "chute", "table", "guide", "emitter", "remover",
            "photo_eye", "through_beam", "inductive", "capacitive", "limit_switch", "height_sensor", "pusher",
            "stopper", "diverter", "tank", "supply_valve", "drain_valve", "pump", "level_meter", "level_switch",
            "heater", "button", "estop", "selector", "setpoint", "light", "display");

    private static Geometry smallAt(YamlNode c, double size) throws SceneException {
        if (!c.has("at")) {
            return new Geometry(0, 0, 0, size, size, size, 0);
        }
        List<YamlNode> items = c.get("at").list();
        double[] at = c.numbers("at", items.size() == 3 ? 3 : 2, -POS, POS);
        return new Geometry(at[0], at[1], at.length == 3 ? at[2] : 0, size, size, size, 0);
    }

    private int part(YamlNode n) throws SceneException {
        String name = n.scalar();
        Integer p = partIndex.get(name);
        if (p == null) {
            throw n.error("unknown part '" + name + "' (declared: " + String.join(", ", partIndex.keySet()) + ")");
        }
        return p;
    }

    private String[] ids(YamlNode c, String key, String from, Set<String> types) throws SceneException {
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
     * @param type required type, or null for any non-bool... any type
     * @return the tag index, or -1 when optional and absent
     */
    private int tag(YamlNode c, String key, boolean required, String componentId, TagType type, Direction dir)
            throws SceneException {
        YamlNode n = c.opt(key);
        if (n == null) {
            if (required) {
                throw c.error("missing '" + key + "' (a " + (type == null ? "" : type.key() + " ") + dir.key() + " tag)");
            }
            return -1;
        }
        String name = n.scalar();
        Integer t = tagIndex.get(name);
        if (t == null) {
            throw n.error(key + ": unknown tag '" + name + "' (declare it under 'tags')");
        }
        if ((type != null && tagTypes.get(t) != type) || tagDirs.get(t) != dir) {
            throw n.error(key + ": tag '" + name + "' is a " + tagTypes.get(t).key() + " " + tagDirs.get(t).key()
                    + ", but this needs a " + (type == null ? "" : type.key() + " ") + dir.key());
        }
        if (dir == Direction.SENSOR) {
            String prev = sensorDriver.putIfAbsent(t, componentId);
            if (prev != null) {
                throw n.error(key + ": sensor tag '" + name + "' is already driven by component '" + prev + "'");
            }
        }
        return t;
    }

    private void checkReferences() throws SceneException {
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
