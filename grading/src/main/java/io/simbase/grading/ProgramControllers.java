package io.simbase.grading;

import io.simbase.grading.plant.PlantModel;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns a student's program into controllers: the seam through which {@code ./simbase grade
 * --plc} reaches the soft PLC without the grader depending on it. An implementation (the
 * soft PLC's adapter, docs/decisions/0051) registers itself in
 * {@code META-INF/services/io.simbase.grading.ProgramControllers}; {@link #find()} returns it,
 * or empty when this build has none.
 *
 * <p>Implementations are stateless and thread-safe; the factory they return makes a fresh
 * controller per scenario run.
 */
public interface ProgramControllers {
    /**
     * Compiles a program against the exercise's scene.
     *
     * @param file names the program in error messages
     * @throws ProgramException with every compile error as {@code FILE:LINE:COL: message}
     */
    ControllerFactory compile(String source, String file, PlantModel plant) throws ProgramException;

    /** The implementation on the class path, if any (the first one found). */
    static Optional<ProgramControllers> find() {
        Iterator<ProgramControllers> it = ServiceLoader.load(ProgramControllers.class).iterator();
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }
}
