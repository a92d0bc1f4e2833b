package io.simbase.bench.physics;

import java.util.concurrent.TimeUnit;
import org.dyn4j.dynamics.Body;
import org.dyn4j.dynamics.ContinuousDetectionMode;
import org.dyn4j.geometry.Geometry;
import org.dyn4j.geometry.MassType;
import org.dyn4j.geometry.Vector2;
import org.dyn4j.world.World;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 200 Hz step of dyn4j 6.0.0 on the {@link BeltCase}s, seen from above: the belt is a
 * plane without gravity whose friction is applied as a velocity pull before each step (the
 * same Coulomb model PartSystem uses; {@code setLinearVelocity}, which allocates nothing), the
 * stop a static body. At-rest detection (sleeping) is off: a running belt keeps rubbing under
 * a queue, and PartSystem does not sleep parts either. Boxes may rotate, as dyn4j bodies do;
 * other settings are dyn4j's defaults (6 velocity and 2 position iterations, warm starting).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Dyn4jStepBenchmark {
    /** Box-box and box-stop friction coefficient (dyn4j's default is 0.2). */
    private static final double CONTACT_FRICTION = 0.3;

    @Param({"SPACED_10", "QUEUED_10", "QUEUED_50"})
    public BeltCase beltCase;

    /**
     * dyn4j's continuous collision detection: {@code ALL} is its default; {@code NONE} is what
     * PartSystem does (a part moves about 1.25 mm per step, far less than its size).
     */
    @Param({"NONE", "ALL"})
    public ContinuousDetectionMode ccd;

    private World<Body> world;
    private Body[] boxes;

    @Setup(Level.Iteration)
    public void setUp() {
        world = new World<>();
        world.setGravity(0, 0);
        world.getSettings().setStepFrequency(BeltCase.STEP_SECONDS);
        world.getSettings().setAtRestDetectionEnabled(false);
        world.getSettings().setContinuousDetectionMode(ccd);
        if (beltCase.queued()) {
            Body stop = new Body();
            stop.addFixture(Geometry.createRectangle(0.01, 0.2), 1, CONTACT_FRICTION, 0);
            stop.translate(0.005, 0);
            stop.setMass(MassType.INFINITE);
            world.addBody(stop);
        }
        double density = BeltCase.BOX_KG / (BeltCase.BOX_M * BeltCase.BOX_M);
        boxes = new Body[beltCase.boxes()];
        for (int k = 0; k < boxes.length; k++) {
            Body b = new Body();
            b.addFixture(Geometry.createRectangle(BeltCase.BOX_M, BeltCase.BOX_M), density, CONTACT_FRICTION, 0);
            b.translate(beltCase.startX(k), 0);
            b.setMass(MassType.NORMAL);
            world.addBody(b);
            boxes[k] = b;
        }
        for (int s = 0; s < BeltCase.settleSteps(); s++) {
            step();
        }
        double[] xs = new double[boxes.length];
        double maxAngle = 0;
        for (int k = 0; k < boxes.length; k++) {
            xs[k] = boxes[k].getTransform().getTranslationX();
            maxAngle = Math.max(maxAngle, Math.abs(boxes[k].getTransform().getRotationAngle()));
        }
        System.out.printf("[dyn4j %s ccd=%s] %d boxes, max overlap %.6f m, max rotation %.4f rad%n",
                beltCase, ccd, boxes.length, BeltCase.maxOverlapMetres(xs), maxAngle);
    }

    @Benchmark
    public int step() {
        double maxDv = BeltCase.BELT_MU * 9.80665 * BeltCase.STEP_SECONDS;
        for (Body b : boxes) {
            Vector2 v = b.getLinearVelocity();
            double dvx = BeltCase.BELT_MPS - v.x;
            double dvy = -v.y;
            double dv = Math.sqrt(dvx * dvx + dvy * dvy);
            if (dv <= maxDv) {
                b.setLinearVelocity(BeltCase.BELT_MPS, 0);
            } else {
                double k = maxDv / dv;
                b.setLinearVelocity(v.x + dvx * k, v.y + dvy * k);
            }
        }
        world.step(1);
        return boxes.length;
    }
}
