package io.simbase.server.plc;

import io.simbase.grading.ControllerFactory;
import io.simbase.grading.ProgramControllers;
import io.simbase.grading.ProgramException;
import io.simbase.grading.plant.PlantModel;
import io.simbase.plc.CompileError;
import io.simbase.plc.CompileResult;
import io.simbase.plc.Plc;
import io.simbase.plc.PlcCompiler;
import io.simbase.plc.PlcProgram;
import io.simbase.plc.engine.WorldIo;
import java.util.ArrayList;
import java.util.List;

/**
 * The soft PLC as the grader's program compiler (docs/decisions/0051): a program is compiled
 * once against the exercise's scene, with {@code AT %IX...} addresses on the default Modbus map,
 * and each scenario run gets a PLC of its own in RUN. A compiled {@link PlcProgram} is
 * immutable, so runs on several threads share it.
 */
public final class PlcProgramControllers implements ProgramControllers {
    @Override
    public ControllerFactory compile(String source, String file, PlantModel plant) throws ProgramException {
        CompileResult r = PlcCompiler.compile(source, file, plant.layout(), new DefaultMapAddresses(plant.layout()));
        if (!r.ok()) {
            List<String> errors = new ArrayList<>();
            for (CompileError e : r.errors()) {
                errors.add(e.toString());
            }
            throw new ProgramException(errors);
        }
        PlcProgram program = r.program();
        return run -> {
            Plc plc = new Plc(new WorldIo(run.world()), run.world().stepNanos());
            plc.load(program);
            plc.run();
            return plc::step;
        };
    }
}
