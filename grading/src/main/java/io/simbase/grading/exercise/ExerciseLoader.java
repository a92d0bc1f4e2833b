package io.simbase.grading.exercise;

import io.simbase.grading.check.InvariantRule;
import io.simbase.grading.check.OutcomeRule;
import io.simbase.grading.check.RecoveryRule;
import io.simbase.grading.check.ResponseRule;
import io.simbase.grading.check.Rule;
import io.simbase.grading.expr.Expression;
import io.simbase.grading.expr.ExpressionException;
import io.simbase.grading.plant.PlantModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an exercise file (docs/exercise-format.md) and checks it against its scene: every
 * key, tag, fault, expression and time. Each problem is one {@link ExerciseException},
 * {@code FILE:LINE: problem}. Stateless; thread-safe.
 */
public final class ExerciseLoader {
    /** Longest scenario, simulated seconds. */
    public static final double MAX_DURATION_SECONDS = 3600;
    /** Most parts one scenario may list (after {@code repeat}). */
    public static final int MAX_PARTS = 10_000;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Set<String> CHECK_COMMON = Set.of("id", "kind", "points", "safety", "cap", "scenarios", "message");

    /** Every key the loader accepts, by section: the documentation is checked against this. */
    public static final Map<String, Set<String>> KEYS;

    static {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        keys.put("exercise", Set.of("exercise", "scene", "title", "brief", "task", "sheet", "pass_mark", "safety_cap",
                "scenarios", "checks", "reference"));
        keys.put("text", Set.of("zh", "en"));
        keys.put("scenario", Set.of("id", "seed", "duration", "initial", "timeline", "parts"));
        keys.put("timeline", Set.of("at", "do", "for"));
        keys.put("parts", Set.of("at", "emitter", "type", "types", "repeat"));
        keys.put("response", union(CHECK_COMMON, Set.of("when", "then", "within")));
        keys.put("invariant", union(CHECK_COMMON, Set.of("never", "grace", "from", "until")));
        keys.put("outcome", union(CHECK_COMMON, Set.of("expect", "at")));
        keys.put("recovery", union(CHECK_COMMON, Set.of("after", "safe", "within", "reset", "running", "restart_within")));
        KEYS = Collections.unmodifiableMap(keys);
    }

    /** The timeline's verbs: {@code press TAG}, {@code release TAG}, {@code set TAG VALUE}, {@code fault TARGET KIND [PARAM]}, {@code clear TARGET KIND}. */
    public static final List<String> VERBS = List.of("press", "release", "set", "fault", "clear");

    private final String file;
    private PlantModel plant;

    private ExerciseLoader(String file) {
        this.file = file;
    }

    /**
     * Parses exercise text; {@code source} names it in errors and its file name (without
     * {@code .yaml}) must be the exercise's id.
     */
    public static Exercise parse(String text, String source) throws ExerciseException {
        return new ExerciseLoader(source).load(text);
    }

    private Exercise load(String text) throws ExerciseException {
        YamlView root = YamlView.parse(text, file);
        root.allowOnly(KEYS.get("exercise"));
        String id = root.str("exercise");
        if (!ID.matcher(id).matches()) {
            throw root.get("exercise").error("exercise id '" + id + "' must be lower-case letters, digits, '-' and '_'");
        }
        String base = file.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (base.endsWith(".yaml") && !base.equals(id + ".yaml")) {
            throw root.get("exercise").error("exercise id '" + id + "' must match the file name '" + base + "'");
        }
        try {
            plant = PlantModel.load(root.str("scene"));
        } catch (IllegalArgumentException e) {
            throw root.get("scene").error("scene: " + e.getMessage());
        }
        Text title = text(root.get("title"), "title");
        Text brief = text(root.get("brief"), "brief");
        Text task = text(root.get("task"), "task");
        String sheet = root.has("sheet") ? root.str("sheet") : null;
        String reference = root.has("reference") ? root.str("reference") : null;
        if (reference != null && (!reference.endsWith(".st") || reference.startsWith("/") || reference.contains("\\"))) {
            throw root.get("reference").error("reference must be a relative path of a .st program, got '" + reference + "'");
        }
        int passMark = (int) whole(root.get("pass_mark"), "pass_mark", 1, 100);
        int safetyCap = root.has("safety_cap") ? (int) whole(root.get("safety_cap"), "safety_cap", 0, 100) : passMark - 1;
        List<Scenario> scenarios = scenarios(root.get("scenarios"));
        List<Check> checks = checks(root.get("checks"), scenarios);
        return new Exercise(id, file, plant, title, brief, task, sheet, passMark, safetyCap, scenarios, checks, reference);
    }

    // ------------------------------------------------------------------ texts and numbers

    private Text text(YamlView v, String what) throws ExerciseException {
        YamlView t = v.within(v.where().isEmpty() ? what : v.where() + ": " + what);
        t.allowOnly(KEYS.get("text"));
        return new Text(t.str("zh"), t.str("en"));
    }

    private static double whole(YamlView v, String what, double min, double max) throws ExerciseException {
        double d = v.number(what, min, max);
        if (d != Math.rint(d)) {
            throw v.error(what + " must be a whole number, got " + v.scalar());
        }
        return d;
    }

    private static String id(YamlView v, String what) throws ExerciseException {
        String id = v.str("id");
        if (!ID.matcher(id).matches()) {
            throw v.get("id").error(what + " id '" + id + "' must be lower-case letters, digits, '-' and '_'");
        }
        return id;
    }

    // ------------------------------------------------------------------ scenarios

    private List<Scenario> scenarios(YamlView list) throws ExerciseException {
        List<Scenario> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<YamlView> items = list.list();
        if (items.isEmpty()) {
            throw list.error("an exercise needs at least one scenario");
        }
        for (YamlView item : items) {
            item.allowOnly(KEYS.get("scenario"));
            String id = id(item, "scenario");
            YamlView s = item.within("scenario '" + id + "'");
            if (!ids.add(id)) {
                throw s.get("id").error("duplicate scenario id");
            }
            long seed = s.has("seed") ? (long) whole(s.get("seed"), "seed", 0, 9.0e15) : plant.defaultSeed();
            double duration = s.secs("duration", plant.stepNanos() / 1e9, MAX_DURATION_SECONDS);
            List<Action> initial = new ArrayList<>();
            YamlView init = s.opt("initial");
            if (init != null) {
                for (String tag : init.within(s.where() + ": initial").keys()) {
                    YamlView value = init.within(s.where() + ": initial").get(tag);
                    int t = panelTag(value, tag);
                    double v = value.number(tag, -Double.MAX_VALUE, Double.MAX_VALUE);
                    checkValue(value, t, tag, v);
                    initial.add(new Action(0, Action.Kind.SET, t, v, null, null, "set " + tag + " " + value.scalar()));
                }
            }
            List<Action> timeline = new ArrayList<>();
            YamlView tl = s.opt("timeline");
            if (tl != null) {
                for (YamlView step : tl.list()) {
                    timeline.addAll(action(step.within(s.where() + ": timeline"), duration));
                }
            }
            YamlView partList = s.opt("parts");
            if (partList != null) {
                timeline.addAll(parts(partList.within(s.where() + ": parts"), duration));
            }
            timeline.sort(Comparator.comparingDouble(Action::atSeconds));
            out.add(new Scenario(id, seed, duration, initial, timeline));
        }
        return out;
    }

    private List<Action> action(YamlView step, double duration) throws ExerciseException {
        step.allowOnly(KEYS.get("timeline"));
        double at = step.secs("at", 0, duration);
        YamlView doNode = step.get("do");
        String text = doNode.scalar().strip();
        String[] w = text.split("\\s+");
        String verb = w[0];
        List<Action> out = new ArrayList<>();
        switch (verb) {
            case "press":
            case "release": {
                words(doNode, w, 2, 2, verb + " TAG");
                int tag = panelTag(doNode, w[1]);
                out.add(new Action(at, verb.equals("press") ? Action.Kind.PRESS : Action.Kind.RELEASE, tag,
                        verb.equals("press") ? 1 : 0, null, null, text));
                if (step.has("for")) {
                    if (!verb.equals("press")) {
                        throw step.get("for").error("'for' goes only with press");
                    }
                    double hold = step.secs("for", 0, duration);
                    out.add(new Action(Math.min(at + hold, duration), Action.Kind.RELEASE, tag, 0, null, null,
                            "release " + w[1]));
                }
                return out;
            }
            case "set": {
                words(doNode, w, 3, 3, "set TAG VALUE");
                int tag = panelTag(doNode, w[1]);
                double v = number(doNode, w[2], "value");
                checkValue(doNode, tag, w[1], v);
                out.add(new Action(at, Action.Kind.SET, tag, v, null, null, text));
                break;
            }
            case "fault":
            case "clear": {
                boolean inject = verb.equals("fault");
                words(doNode, w, 3, inject ? 4 : 3, inject ? "fault TARGET KIND [PARAM]" : "clear TARGET KIND");
                double param = w.length > 3 ? number(doNode, w[3], "fault parameter") : 0;
                String problem = plant.checkFault(w[1], w[2], param);
                if (problem != null) {
                    throw doNode.error(problem);
                }
                out.add(new Action(at, inject ? Action.Kind.FAULT : Action.Kind.CLEAR, -1, param, w[1], w[2], text));
                break;
            }
            default:
                throw doNode.error("unknown action '" + verb + "' (known: " + String.join(", ", VERBS) + ")");
        }
        if (step.has("for")) {
            throw step.get("for").error("'for' goes only with press");
        }
        return out;
    }

    /**
     * A scenario's parts by type: each entry queues its types, in order (repeated {@code repeat}
     * times), for its emitter at {@code at} (default 0); the emitter releases them at its own pace.
     */
    private List<Action> parts(YamlView list, double duration) throws ExerciseException {
        List<Action> out = new ArrayList<>();
        for (YamlView item : list.list()) {
            YamlView entry = item.within(list.where());
            entry.allowOnly(KEYS.get("parts"));
            double at = entry.secs("at", 0, 0, duration);
            String emitter = emitter(entry);
            if (entry.has("type") == entry.has("types")) {
                throw entry.error("a parts entry needs exactly one of 'type' (one part) or 'types' (a list in order)");
            }
            List<YamlView> types = entry.has("type") ? List.of(entry.get("type")) : entry.get("types").list();
            if (types.isEmpty()) {
                throw entry.get("types").error("types is empty");
            }
            List<String> names = new ArrayList<>();
            for (YamlView t : types) {
                String name = t.scalar().strip();
                String problem = plant.checkPart(emitter, name);
                if (problem != null) {
                    throw t.error(problem);
                }
                names.add(name);
            }
            int repeat = entry.has("repeat") ? (int) whole(entry.get("repeat"), "repeat", 1, MAX_PARTS) : 1;
            if ((long) names.size() * repeat + out.size() > MAX_PARTS) {
                throw entry.error("more than " + MAX_PARTS + " parts in one scenario");
            }
            for (int r = 0; r < repeat; r++) {
                for (String name : names) {
                    out.add(Action.part(at, emitter, name));
                }
            }
        }
        return out;
    }

    /** The entry's emitter: as written, or the scene's only one when it is left out. */
    private String emitter(YamlView entry) throws ExerciseException {
        List<String> sources = plant.partSources();
        if (!entry.has("emitter")) {
            if (sources.size() != 1) {
                throw entry.error("name the emitter (this scene has " + (sources.isEmpty() ? "none"
                        : String.join(", ", sources)) + ")");
            }
            return sources.get(0);
        }
        String id = entry.str("emitter");
        if (!sources.contains(id)) {
            throw entry.get("emitter").error("'" + id + "' is not an emitter of scene " + plant.sceneId() + " (its emitters: "
                    + (sources.isEmpty() ? "none" : String.join(", ", sources)) + ")");
        }
        return id;
    }

    private static void words(YamlView v, String[] w, int min, int max, String form) throws ExerciseException {
        if (w.length < min || w.length > max) {
            throw v.error("expected '" + form + "', got '" + String.join(" ", w) + "'");
        }
    }

    private static double number(YamlView v, String s, String what) throws ExerciseException {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw v.error(what + " '" + s + "' is not a number");
        }
    }

    private int panelTag(YamlView v, String name) throws ExerciseException {
        int t = plant.tagIndex(name);
        if (t < 0) {
            throw v.error("unknown tag '" + name + "' in scene " + plant.sceneId());
        }
        if (!plant.isOperatorTag(t)) {
            throw v.error("tag '" + name + "' is not an operator-panel control; scenarios press, release and set only panel tags");
        }
        return t;
    }

    private void checkValue(YamlView v, int tag, String name, double value) throws ExerciseException {
        if (!plant.accepts(tag, value)) {
            throw v.error("value " + Durations.format(value) + " does not fit tag '" + name + "' (" + plant.describeRange(tag) + ")");
        }
    }

    // ------------------------------------------------------------------ checks

    private List<Check> checks(YamlView list, List<Scenario> scenarios) throws ExerciseException {
        List<Check> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> scenarioIds = new HashSet<>();
        double shortest = Double.MAX_VALUE;
        for (Scenario s : scenarios) {
            scenarioIds.add(s.id());
            shortest = Math.min(shortest, s.durationSeconds());
        }
        int total = 0;
        List<YamlView> items = list.list();
        if (items.isEmpty()) {
            throw list.error("an exercise needs at least one check");
        }
        for (YamlView item : items) {
            String id = id(item, "check");
            YamlView c = item.within("check '" + id + "'");
            if (!ids.add(id)) {
                throw c.get("id").error("duplicate check id");
            }
            String kind = c.str("kind");
            Set<String> allowed = KEYS.get(kind);
            if (allowed == null || !List.of("response", "invariant", "outcome", "recovery").contains(kind)) {
                throw c.get("kind").error("unknown kind '" + kind + "' (known: response, invariant, outcome, recovery)");
            }
            c.allowOnly(allowed);
            int points = (int) whole(c.get("points"), "points", 0, 100);
            total += points;
            boolean safety = c.bool("safety", false);
            int cap = -1;
            if (c.has("cap")) {
                if (!safety) {
                    throw c.get("cap").error("cap goes only with safety: true");
                }
                cap = (int) whole(c.get("cap"), "cap", 0, 100);
            }
            List<String> applies = new ArrayList<>();
            if (c.has("scenarios")) {
                for (YamlView s : c.get("scenarios").list()) {
                    String sid = s.scalar();
                    if (!scenarioIds.contains(sid)) {
                        throw s.error("unknown scenario '" + sid + "'");
                    }
                    applies.add(sid);
                }
            }
            double horizon = shortest;
            if (!applies.isEmpty()) {
                horizon = 0;
                for (Scenario s : scenarios) {
                    if (applies.contains(s.id())) {
                        horizon = Math.max(horizon, s.durationSeconds());
                    }
                }
            }
            Rule rule = rule(kind, c, horizon);
            Text message = c.has("message") ? text(c.get("message"), "message") : rule.describe();
            out.add(new Check(id, rule, points, safety, cap, message, applies, c.line()));
        }
        if (total != 100) {
            throw list.error("the checks' points add up to " + total + "; they must add up to 100");
        }
        return out;
    }

    private Rule rule(String kind, YamlView c, double horizon) throws ExerciseException {
        switch (kind) {
            case "response":
                return new ResponseRule(expr(c, "when"), expr(c, "then"), c.secs("within", 0, MAX_DURATION_SECONDS));
            case "invariant": {
                double from = c.secs("from", 0, 0, MAX_DURATION_SECONDS);
                double until = c.secs("until", MAX_DURATION_SECONDS, 0, MAX_DURATION_SECONDS);
                if (until < from) {
                    throw c.get("until").error("until is before from");
                }
                return new InvariantRule(expr(c, "never"), c.secs("grace", 0, 0, 60), from, until);
            }
            case "outcome": {
                double at = Double.NaN;
                if (c.has("at")) {
                    at = c.secs("at", 0, horizon);
                }
                return new OutcomeRule(expr(c, "expect"), at);
            }
            case "recovery": {
                boolean hasReset = c.has("reset");
                if (hasReset != c.has("running") || hasReset != c.has("restart_within")) {
                    throw c.error("reset, running and restart_within go together");
                }
                return new RecoveryRule(expr(c, "after"), expr(c, "safe"), c.secs("within", 0, MAX_DURATION_SECONDS),
                        hasReset ? expr(c, "reset") : null, hasReset ? expr(c, "running") : null,
                        hasReset ? c.secs("restart_within", 0, MAX_DURATION_SECONDS) : 0);
            }
            default:
                throw new AssertionError(kind);
        }
    }

    private Expression expr(YamlView c, String key) throws ExerciseException {
        YamlView v = c.get(key);
        try {
            return Expression.parse(v.scalar(), plant);
        } catch (ExpressionException e) {
            throw v.error(key + ": " + e.getMessage());
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }
}
