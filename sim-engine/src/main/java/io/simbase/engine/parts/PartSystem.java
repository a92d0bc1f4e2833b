package io.simbase.engine.parts;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.core.EventSink;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import java.util.List;

/**
 * A purpose-built planar solver for workpieces on a training plant: boxes (and cylinders by
 * their square footprint) riding belts, queueing against each other, pushed by pushers, held
 * by stoppers, sliding down chutes and falling off ends. See docs/decisions/0001 for why this
 * is not a general physics library.
 *
 * <p>Model, per step of {@code dt} seconds (semi-implicit Euler):
 * <ol>
 * <li>Support: the highest surface whose top is at or below the part's base and whose
 *     rectangle contains the part's centre. A part on a surface feels Coulomb friction that
 *     pulls its horizontal velocity towards the surface velocity by at most
 *     {@code mu * g * dt}; a part with no support, or above it, falls with gravity and keeps its
 *     horizontal velocity. A part that reaches the floor (z = 0) with no surface is lost.</li>
 * <li>Contacts: overlapping footprints (with overlapping heights) are separated along the axis of
 *     least penetration. Obstacles (pusher heads, stoppers, guides) are kinematic: they move the
 *     part the whole way and impose their velocity along the normal. Between parts the
 *     correction is shared by mass, and approaching normal velocities become their common
 *     (perfectly inelastic) velocity. A part held by an obstacle is "pinned" for the rest of the
 *     step (shock propagation), so a queue against a stopper settles in one step per part.</li>
 * </ol>
 *
 * <p>Threading: owned by the stepping thread. Memory: fixed arrays sized at build; a step
 * allocates nothing. Units: metres, seconds, kilograms. Iteration is by slot index (over the
 * live slots only, kept in ascending order, so a step and each sensor query cost what the parts
 * in flight cost, not what the capacity does) and a sort that is a pure function of the state,
 * so results are bit-for-bit repeatable.
 */
public final class PartSystem {
    /** Standard gravity, m/s^2. */
    public static final double G = 9.80665;
    /** Contact and support tolerance, metres. */
    public static final double EPS = 1e-6;
    private static final int MAX_ITERATIONS = 12;
    /** Sweep slack, metres: more than any part moves during one step's contact iterations. */
    private static final double SWEEP_MARGIN = 0.02;

    private final PartType[] types;
    private final int capacity;

    // Parts, structure of arrays, by slot.
    private final boolean[] alive;
    private final long[] id;
    private final int[] type;
    private final double[] hx;
    private final double[] hy;
    private final double[] h;
    private final double[] mass;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double[] vx;
    private final double[] vy;
    private final double[] vz;
    private final boolean[] pinned;
    private final int[] order;
    /**
     * The live slots in ascending order, {@code live} of them: every per-step loop and sensor
     * query walks these instead of all {@code capacity} slots, in the same slot order.
     */
    private final int[] liveSlots;
    private int live;
    private long nextId = 1;

    private final Surfaces surfaces;
    private final Obstacles obstacles;

    private EventSink events = EventSink.NONE;
    private long step;

    /**
     * @param capacity          parts alive at once
     * @param surfacesHint      initial room for surfaces (grows as they are added)
     * @param obstaclesHint     initial room for obstacles (grows as they are added)
     */
    public PartSystem(List<PartType> types, int capacity, int surfacesHint, int obstaclesHint) {
        this.types = types.toArray(new PartType[0]);
        this.capacity = capacity;
        alive = new boolean[capacity];
        id = new long[capacity];
        type = new int[capacity];
        hx = new double[capacity];
        hy = new double[capacity];
        h = new double[capacity];
        mass = new double[capacity];
        x = new double[capacity];
        y = new double[capacity];
        z = new double[capacity];
        vx = new double[capacity];
        vy = new double[capacity];
        vz = new double[capacity];
        pinned = new boolean[capacity];
        order = new int[capacity];
        liveSlots = new int[capacity];
        surfaces = new Surfaces(surfacesHint);
        obstacles = new Obstacles(obstaclesHint);
    }

    public void setEventSink(EventSink sink, long currentStep) {
        this.events = sink;
        this.step = currentStep;
    }

    public PartType type(int typeIndex) {
        return types[typeIndex];
    }

    public int typeCount() {
        return types.length;
    }

    public int capacity() {
        return capacity;
    }

    /** Number of live parts. */
    public int liveCount() {
        return live;
    }

    // ---------------------------------------------------------------- surfaces and obstacles

    /** Adds a surface (build time only); returns its handle. */
    public int addSurface(double minX, double minY, double maxX, double maxY, double top, double mu) {
        return surfaces.add(minX, minY, maxX, maxY, top, mu);
    }

    /**
     * Adds a surface that can also turn about the centre of its rectangle and move its top
     * (build time only); returns its handle. Parts on it follow the turn (the path of a part
     * off the centre bends round it; the part's footprint stays axis-aligned) and the lift.
     */
    public int addMovingSurface(double minX, double minY, double maxX, double maxY, double top, double mu) {
        return surfaces.addMoving(minX, minY, maxX, maxY, top, mu);
    }

    /** Sets a surface's transport velocity, m/s (a belt's speed times its heading). */
    public void setSurfaceVelocity(int s, double velX, double velY) {
        surfaces.setVelocity(s, velX, velY);
    }

    /**
     * Sets a moving surface's turn rate about its centre, rad/s, counter-clockwise; a part on
     * it moves at the surface's velocity plus {@code omega x r}.
     */
    public void setSurfaceRotation(int s, double omegaRadPerS) {
        surfaces.setOmega(s, omegaRadPerS);
    }

    /**
     * Moves a moving surface's top to {@code topZ} for the coming step: parts resting on it
     * rise or sink with it (up to the distance moved), the others fall.
     */
    public void setSurfaceTop(int s, double topZ) {
        surfaces.setTop(s, topZ);
    }

    /** Adds an obstacle (build time only), inactive; returns its handle. */
    public int addObstacle() {
        return obstacles.add();
    }

    /** Places an obstacle and sets its velocity (m/s) and whether it is present. */
    public void setObstacle(int o, double minX, double minY, double minZ, double maxX, double maxY,
                            double maxZ, double velX, double velY, boolean active) {
        obstacles.set(o, minX, minY, minZ, maxX, maxY, maxZ, velX, velY, active);
    }

    /** Top of the highest surface under the point, or 0 (the floor). */
    public double surfaceTopAt(double px, double py, double maxTop) {
        int s = surfaces.supportAt(px, py, maxTop);
        return s < 0 ? 0 : surfaces.top(s);
    }

    // ---------------------------------------------------------------- parts

    /** True when no live part's box overlaps the given box. */
    public boolean isClear(double cx, double cy, double baseZ, double halfX, double halfY, double height) {
        for (int k = 0; k < live; k++) {
            int i = liveSlots[k];
            if (overlap(i, cx - halfX, cy - halfY, baseZ, cx + halfX, cy + halfY, baseZ + height)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Creates a part at rest with its base at {@code baseZ}; returns its slot, or -1 when the
     * system is full. Reports {@link EventKind#PART_CREATED}.
     */
    public int spawn(int typeIndex, double cx, double cy, double baseZ) {
        for (int i = 0; i < capacity; i++) {
            if (!alive[i]) {
                PartType t = types[typeIndex];
                alive[i] = true;
                id[i] = nextId++;
                type[i] = typeIndex;
                hx[i] = t.lengthM() / 2;
                hy[i] = t.widthM() / 2;
                h[i] = t.heightM();
                mass[i] = t.massKg();
                x[i] = cx;
                y[i] = cy;
                z[i] = baseZ;
                vx[i] = 0;
                vy[i] = 0;
                vz[i] = 0;
                insertLive(i);
                events.onEvent(step, EventKind.PART_CREATED, (int) id[i], typeIndex);
                return i;
            }
        }
        return -1;
    }

    /** Removes the part in a slot (taken by a remover, which reports it). */
    public void remove(int slot) {
        if (alive[slot]) {
            alive[slot] = false;
            removeLive(slot);
        }
    }

    /** Adds a slot that just became alive to {@link #liveSlots}, keeping ascending order. */
    private void insertLive(int slot) {
        int k = live;
        while (k > 0 && liveSlots[k - 1] > slot) {
            liveSlots[k] = liveSlots[k - 1];
            k--;
        }
        liveSlots[k] = slot;
        live++;
    }

    /** Drops a slot from {@link #liveSlots}, keeping ascending order. */
    private void removeLive(int slot) {
        int k = 0;
        while (liveSlots[k] != slot) {
            k++;
        }
        live--;
        System.arraycopy(liveSlots, k + 1, liveSlots, k, live - k);
    }

    /** Rebuilds {@link #liveSlots} and {@link #live} from {@link #alive}. */
    private void rebuildLive() {
        int n = 0;
        for (int i = 0; i < capacity; i++) {
            if (alive[i]) {
                liveSlots[n++] = i;
            }
        }
        live = n;
    }

    public boolean alive(int slot) {
        return alive[slot];
    }

    public long id(int slot) {
        return id[slot];
    }

    public int typeOf(int slot) {
        return type[slot];
    }

    public double x(int slot) {
        return x[slot];
    }

    public double y(int slot) {
        return y[slot];
    }

    public double z(int slot) {
        return z[slot];
    }

    public double vx(int slot) {
        return vx[slot];
    }

    public double vy(int slot) {
        return vy[slot];
    }

    public double halfX(int slot) {
        return hx[slot];
    }

    public double halfY(int slot) {
        return hy[slot];
    }

    public double height(int slot) {
        return h[slot];
    }

    /** Moves a part and sets its velocity (tests and the scene's initial parts). */
    public void place(int slot, double px, double py, double pz, double velX, double velY) {
        x[slot] = px;
        y[slot] = py;
        z[slot] = pz;
        vx[slot] = velX;
        vy[slot] = velY;
        vz[slot] = 0;
    }

    // ---------------------------------------------------------------- queries for sensors

    /**
     * Distance along a horizontal ray to the first part it meets, or +infinity.
     *
     * @param dirX, dirY unit direction; {@code length} metres; {@code oz} the beam height
     */
    public double rayDistance(double ox, double oy, double oz, double dirX, double dirY, double length) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < live; k++) {
            int i = liveSlots[k];
            if (oz < z[i] || oz > z[i] + h[i]) {
                continue;
            }
            double t0 = 0;
            double t1 = length;
            // slab test, x
            if (dirX == 0) {
                if (ox < x[i] - hx[i] || ox > x[i] + hx[i]) {
                    continue;
                }
            } else {
                double a = (x[i] - hx[i] - ox) / dirX;
                double b = (x[i] + hx[i] - ox) / dirX;
                t0 = Math.max(t0, Math.min(a, b));
                t1 = Math.min(t1, Math.max(a, b));
            }
            if (dirY == 0) {
                if (oy < y[i] - hy[i] || oy > y[i] + hy[i]) {
                    continue;
                }
            } else {
                double a = (y[i] - hy[i] - oy) / dirY;
                double b = (y[i] + hy[i] - oy) / dirY;
                t0 = Math.max(t0, Math.min(a, b));
                t1 = Math.min(t1, Math.max(a, b));
            }
            if (t0 <= t1 && t0 < best) {
                best = t0;
            }
        }
        return best;
    }

    /**
     * The first slot (by index) whose box overlaps the zone, or -1.
     *
     * @param metalOnly only metal parts count (an inductive sensor)
     */
    public int firstInZone(double minX, double minY, double minZ, double maxX, double maxY, double maxZ,
                           boolean metalOnly) {
        for (int k = 0; k < live; k++) {
            int i = liveSlots[k];
            if ((!metalOnly || types[type[i]].metal()) && overlap(i, minX, minY, minZ, maxX, maxY, maxZ)) {
                return i;
            }
        }
        return -1;
    }

    /** Highest part top among parts whose centre lies in the footprint, or -infinity. */
    public double highestTopInZone(double minX, double minY, double maxX, double maxY) {
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < live; k++) {
            int i = liveSlots[k];
            if (x[i] >= minX && x[i] <= maxX && y[i] >= minY && y[i] <= maxY) {
                best = Math.max(best, z[i] + h[i]);
            }
        }
        return best;
    }

    /** Total mass (kg) of the parts whose centre lies in the footprint and that rest at or below {@code maxBaseZ}. */
    public double massInZone(double minX, double minY, double maxX, double maxY, double maxBaseZ) {
        double sum = 0;
        for (int k = 0; k < live; k++) {
            int i = liveSlots[k];
            if (x[i] >= minX && x[i] <= maxX && y[i] >= minY && y[i] <= maxY && z[i] <= maxBaseZ) {
                sum += mass[i];
            }
        }
        return sum;
    }

    /** The first slot whose centre lies in the footprint, or -1. */
    public int firstCentreIn(double minX, double minY, double maxX, double maxY) {
        for (int k = 0; k < live; k++) {
            int i = liveSlots[k];
            if (x[i] >= minX && x[i] <= maxX && y[i] >= minY && y[i] <= maxY) {
                return i;
            }
        }
        return -1;
    }

    private boolean overlap(int i, double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {
        return x[i] + hx[i] > minX && x[i] - hx[i] < maxX
                && y[i] + hy[i] > minY && y[i] - hy[i] < maxY
                && z[i] + h[i] > minZ && z[i] < maxZ;
    }

    // ---------------------------------------------------------------- the step

    /** Advances all parts by {@code dt} seconds. Allocates nothing. */
    public void step(double dt, long stepIndex) {
        this.step = stepIndex;
        // A part lost in move() leaves liveSlots at once; the walk then stays at the same k.
        int k = 0;
        while (k < live) {
            int i = liveSlots[k];
            move(i, dt);
            if (alive[i]) {
                k++;
            }
        }
        resolveContacts();
    }

    private void move(int i, double dt) {
        Surfaces sf = surfaces;
        int s = sf.supportAt(x[i], y[i], z[i]);
        double top = s < 0 ? 0 : sf.top(s);
        // A moving surface that sank this step keeps the parts it carried (0 for static ones).
        double reach = s >= 0 && sf.moving != 0 ? sf.reach(s) : 0;
        if (z[i] > top + EPS + reach || vz[i] > 0) {
            vz[i] -= G * dt;
            z[i] += vz[i] * dt;
            if (z[i] <= top) {
                z[i] = top;
                vz[i] = 0;
            }
        } else {
            z[i] = top;
            vz[i] = 0;
            if (s >= 0) {
                double svx = sf.vx(s);
                double svy = sf.vy(s);
                if (sf.moving != 0 && sf.isMoving(s)) {
                    double omega = sf.omega(s);
                    svx -= omega * (y[i] - sf.centreY(s));
                    svy += omega * (x[i] - sf.centreX(s));
                }
                double dvx = svx - vx[i];
                double dvy = svy - vy[i];
                double dv = Math.sqrt(dvx * dvx + dvy * dvy);
                double maxDv = sf.mu(s) * G * dt;
                if (dv <= maxDv) {
                    vx[i] = svx;
                    vy[i] = svy;
                } else {
                    double k = maxDv / dv;
                    vx[i] += dvx * k;
                    vy[i] += dvy * k;
                }
            }
        }
        if (s < 0 && z[i] <= 0) {
            alive[i] = false;
            removeLive(i);
            events.onEvent(step, EventKind.PART_LOST, (int) id[i], 0);
            return;
        }
        x[i] += vx[i] * dt;
        y[i] += vy[i] * dt;
    }

    private void resolveContacts() {
        int n = live;
        double maxHalfX = 0;
        for (int k = 0; k < n; k++) {
            int i = liveSlots[k];
            pinned[i] = false;
            order[k] = i;
            maxHalfX = Math.max(maxHalfX, hx[i]);
        }
        sortByMinX(n);
        // Gauss-Seidel passes over obstacles, then over pairs; the pair sweep alternates its
        // direction so that a correction travels the whole length of a queue in one pass,
        // whichever end the obstacle holding it stands at.
        double reach = 2 * maxHalfX + SWEEP_MARGIN;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            boolean moved = false;
            for (int o = 0; o < obstacles.count; o++) {
                if (obstacles.active[o]) {
                    for (int k = 0; k < n; k++) {
                        moved |= resolveObstacle(order[k], o);
                    }
                }
            }
            if ((iter & 1) == 0) {
                for (int a = 0; a < n; a++) {
                    int i = order[a];
                    double maxXi = x[i] + hx[i];
                    for (int b = a + 1; b < n; b++) {
                        int j = order[b];
                        if (x[j] - hx[j] >= maxXi + SWEEP_MARGIN) {
                            break; // sorted by min x: no later part reaches back to i
                        }
                        moved |= resolvePair(i, j);
                    }
                }
            } else {
                for (int a = n - 1; a > 0; a--) {
                    int i = order[a];
                    double minXi = x[i] - hx[i];
                    for (int b = a - 1; b >= 0; b--) {
                        int j = order[b];
                        if (x[j] - hx[j] + reach <= minXi) {
                            break; // no earlier part is long enough to reach i
                        }
                        moved |= resolvePair(j, i);
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
    }

    /** Insertion sort of the live slots by min x, ties by slot: a pure function of the state. */
    private void sortByMinX(int n) {
        for (int a = 1; a < n; a++) {
            int v = order[a];
            double key = x[v] - hx[v];
            int b = a - 1;
            while (b >= 0 && (x[order[b]] - hx[order[b]] > key
                    || (x[order[b]] - hx[order[b]] == key && order[b] > v))) {
                order[b + 1] = order[b];
                b--;
            }
            order[b + 1] = v;
        }
    }

    private boolean resolveObstacle(int i, int o) {
        Obstacles ob = obstacles;
        if (!(z[i] + h[i] > ob.minZ(o) && z[i] < ob.maxZ(o))) {
            return false;
        }
        double px = Math.min(x[i] + hx[i], ob.maxX(o)) - Math.max(x[i] - hx[i], ob.minX(o));
        double py = Math.min(y[i] + hy[i], ob.maxY(o)) - Math.max(y[i] - hy[i], ob.minY(o));
        if (px <= EPS || py <= EPS) {
            return false;
        }
        if (px < py) {
            double sign = x[i] < (ob.minX(o) + ob.maxX(o)) / 2 ? -1 : 1;
            x[i] += sign * px;
            if ((vx[i] - ob.vx(o)) * sign < 0) {
                vx[i] = ob.vx(o);
            }
        } else {
            double sign = y[i] < (ob.minY(o) + ob.maxY(o)) / 2 ? -1 : 1;
            y[i] += sign * py;
            if ((vy[i] - ob.vy(o)) * sign < 0) {
                vy[i] = ob.vy(o);
            }
        }
        pinned[i] = true;
        return true;
    }

    private boolean resolvePair(int i, int j) {
        if (!(z[i] + h[i] > z[j] && z[i] < z[j] + h[j])) {
            return false;
        }
        double px = Math.min(x[i] + hx[i], x[j] + hx[j]) - Math.max(x[i] - hx[i], x[j] - hx[j]);
        double py = Math.min(y[i] + hy[i], y[j] + hy[j]) - Math.max(y[i] - hy[i], y[j] - hy[j]);
        if (px <= EPS || py <= EPS) {
            return false;
        }
        double wi;
        double wj;
        if (pinned[i] && pinned[j]) {
            wi = 0.5;
            wj = 0.5;
        } else if (pinned[i]) {
            wi = 0;
            wj = 1;
        } else if (pinned[j]) {
            wi = 1;
            wj = 0;
        } else {
            double total = mass[i] + mass[j];
            wi = mass[j] / total;
            wj = mass[i] / total;
        }
        if (px < py) {
            double sign = x[i] < x[j] ? -1 : (x[i] > x[j] ? 1 : (i < j ? -1 : 1));
            x[i] += sign * px * wi;
            x[j] -= sign * px * wj;
            double rel = (vx[i] - vx[j]) * sign;
            if (rel < 0) {
                vx[i] = vx[j] = commonVelocity(i, j, vx[i], vx[j]);
            }
        } else {
            double sign = y[i] < y[j] ? -1 : (y[i] > y[j] ? 1 : (i < j ? -1 : 1));
            y[i] += sign * py * wi;
            y[j] -= sign * py * wj;
            double rel = (vy[i] - vy[j]) * sign;
            if (rel < 0) {
                vy[i] = vy[j] = commonVelocity(i, j, vy[i], vy[j]);
            }
        }
        if (pinned[i] || pinned[j]) {
            pinned[i] = true;
            pinned[j] = true;
        }
        return true;
    }

    private double commonVelocity(int i, int j, double vi, double vj) {
        if (pinned[i] && !pinned[j]) {
            return vi;
        }
        if (pinned[j] && !pinned[i]) {
            return vj;
        }
        return (mass[i] * vi + mass[j] * vj) / (mass[i] + mass[j]);
    }

    // ---------------------------------------------------------------- publication and state

    /** Copies id, type and position of live parts in slot order; returns how many. */
    public int copyPublic(long[] ids, int[] types, double[] pos) {
        int n = Math.min(live, ids.length);
        for (int k = 0; k < n; k++) {
            int i = liveSlots[k];
            ids[k] = id[i];
            types[k] = type[i];
            pos[k * 3] = x[i];
            pos[k * 3 + 1] = y[i];
            pos[k * 3 + 2] = z[i];
        }
        return n;
    }

    public void writeState(StateSink sink) {
        sink.putLong(nextId);
        sink.putInt(live);
        for (int i = 0; i < capacity; i++) {
            sink.putBoolean(alive[i]);
            if (alive[i]) {
                sink.putLong(id[i]);
                sink.putInt(type[i]);
                sink.putDouble(x[i]);
                sink.putDouble(y[i]);
                sink.putDouble(z[i]);
                sink.putDouble(vx[i]);
                sink.putDouble(vy[i]);
                sink.putDouble(vz[i]);
            }
        }
        surfaces.writeState(sink);
        obstacles.writeState(sink);
    }

    public void readState(StateSource src) {
        nextId = src.getLong();
        int liveRead = src.getInt();
        for (int i = 0; i < capacity; i++) {
            alive[i] = src.getBoolean();
            if (alive[i]) {
                id[i] = src.getLong();
                type[i] = src.getInt();
                PartType t = types[type[i]];
                hx[i] = t.lengthM() / 2;
                hy[i] = t.widthM() / 2;
                h[i] = t.heightM();
                mass[i] = t.massKg();
                x[i] = src.getDouble();
                y[i] = src.getDouble();
                z[i] = src.getDouble();
                vx[i] = src.getDouble();
                vy[i] = src.getDouble();
                vz[i] = src.getDouble();
            }
        }
        surfaces.readState(src);
        obstacles.readState(src);
        rebuildLive();
        if (live != liveRead) {
            throw new IllegalStateException("part count " + liveRead + " does not match " + live + " live slots");
        }
    }
}
