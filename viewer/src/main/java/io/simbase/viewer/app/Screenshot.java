package io.simbase.viewer.app;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.lwjgl.stb.STBImageWrite;
import org.lwjgl.system.MemoryUtil;

/** Reads the bound framebuffer back and writes it as a PNG (stb_image_write). GL thread. */
public final class Screenshot {
    private Screenshot() {
    }

    /** Writes the framebuffer's {@code width} x {@code height} pixels to {@code file}. */
    public static void write(Path file, int width, int height) {
        ByteBuffer pixels = MemoryUtil.memAlloc(width * height * 3);
        try {
            glPixelStorei(GL_PACK_ALIGNMENT, 1);
            glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels);
            STBImageWrite.stbi_flip_vertically_on_write(true);
            Path abs = file.toAbsolutePath();
            if (!STBImageWrite.stbi_write_png(abs.toString(), width, height, 3, pixels, width * 3)) {
                throw new IllegalStateException("cannot write " + abs);
            }
        } finally {
            MemoryUtil.memFree(pixels);
        }
    }
}
