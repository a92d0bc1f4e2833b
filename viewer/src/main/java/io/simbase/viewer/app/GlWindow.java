package io.simbase.viewer.app;

import static org.lwjgl.glfw.GLFW.*;

import org.lwjgl.glfw.GLFWErrorCallback;
import org.lwjgl.opengl.GL;
import org.lwjgl.system.Platform;

/**
 * A GLFW window with an OpenGL 3.3 core context, made current on the calling thread (which
 * becomes the GL thread). Hidden windows serve off-screen rendering.
 */
public final class GlWindow implements AutoCloseable {
    private final long handle;

    /**
     * Opens the window.
     *
     * @throws IllegalStateException with a one-line reason when there is no display or no
     *                               OpenGL 3.3 driver
     */
    public GlWindow(String title, int width, int height, boolean visible) {
        StringBuilder glfwError = new StringBuilder();
        GLFWErrorCallback.create((code, description) -> {
            glfwError.setLength(0);
            glfwError.append(GLFWErrorCallback.getDescription(description));
        }).set();
        if (Platform.get() == Platform.LINUX && System.getenv("WAYLAND_DISPLAY") == null) {
            // X11 only when there is no Wayland session: no Wayland probe, a clear error without a display.
            glfwInitHint(GLFW_PLATFORM, GLFW_PLATFORM_X11);
        }
        if (!glfwInit()) {
            throw new IllegalStateException("cannot start the window system (no display? set DISPLAY or run under Xvfb): "
                    + glfwError);
        }
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
        glfwWindowHint(GLFW_SAMPLES, 0); // the frame renderer multisamples its 3D pass itself
        handle = glfwCreateWindow(width, height, title, 0, 0);
        if (handle == 0) {
            glfwTerminate();
            throw new IllegalStateException("cannot open an OpenGL 3.3 window: " + glfwError);
        }
        glfwMakeContextCurrent(handle);
        GL.createCapabilities();
        glfwSwapInterval(visible ? 1 : 0);
    }

    public long handle() {
        return handle;
    }

    public boolean shouldClose() {
        return glfwWindowShouldClose(handle);
    }

    /** Framebuffer size in pixels into {@code out} (width, height). */
    public void framebufferSize(int[] out) {
        int[] w = new int[1];
        int[] h = new int[1];
        glfwGetFramebufferSize(handle, w, h);
        out[0] = w[0];
        out[1] = h[0];
    }

    public void swap() {
        glfwSwapBuffers(handle);
    }

    @Override
    public void close() {
        glfwDestroyWindow(handle);
        glfwTerminate();
        GLFWErrorCallback cb = glfwSetErrorCallback(null);
        if (cb != null) {
            cb.free();
        }
    }
}
