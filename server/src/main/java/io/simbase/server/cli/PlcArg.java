package io.simbase.server.cli;

import io.simbase.engine.scene.Scene;
import io.simbase.plc.CompileError;
import io.simbase.plc.CompileResult;
import io.simbase.plc.PlcCompiler;
import io.simbase.server.plc.DefaultMapAddresses;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and compiles a PROGRAM.st argument against a scene for the command line. */
final class PlcArg {
    private PlcArg() {
    }

    /** Compiles the file; a file that cannot be read is a {@link UserException}. */
    static CompileResult compile(Path file, Scene scene) {
        String source;
        try {
            if (Files.size(file) > PlcCompiler.MAX_SOURCE_CHARS) {
                throw new UserException(file + ": too large for a program (more than " + PlcCompiler.MAX_SOURCE_CHARS + " bytes)");
            }
            byte[] bytes = Files.readAllBytes(file);
            source = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserException(file + ": not a UTF-8 text file");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserException(file + ": no such file");
        } catch (IOException e) {
            throw new UserException(file + ": cannot read program: " + e.getMessage());
        }
        return PlcCompiler.compile(source, file.toString(), scene.layout(), new DefaultMapAddresses(scene.layout()));
    }

    /** Prints every error as {@code FILE:LINE:COL: message}. */
    static void print(CompileResult r, PrintWriter err) {
        for (CompileError e : r.errors()) {
            err.println(e);
        }
        err.flush();
    }
}
