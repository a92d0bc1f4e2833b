package io.simbase.viewer.app;

import static org.lwjgl.opengl.GL33C.*;

/**
 * A framebuffer object with colour and depth renderbuffers, for rendering without showing a
 * window (screenshots, benchmarks). With {@code samples > 1} it renders multisampled and
 * {@link #resolve} blits into a single-sampled one that can be read back. GL thread only.
 */
public final class OffscreenTarget implements AutoCloseable {
    private final int width;
    private final int height;
    private final int fbo;
    private final int colour;
    private final int depth;
    private final int resolveFbo;
    private final int resolveColour;

    public OffscreenTarget(int width, int height, int samples) {
        this.width = width;
        this.height = height;
        fbo = glGenFramebuffers();
        colour = glGenRenderbuffers();
        depth = glGenRenderbuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glBindRenderbuffer(GL_RENDERBUFFER, colour);
        storage(samples, GL_RGBA8, width, height);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
        glBindRenderbuffer(GL_RENDERBUFFER, depth);
        storage(samples, GL_DEPTH_COMPONENT24, width, height);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
        check();
        if (samples > 1) {
            resolveFbo = glGenFramebuffers();
            resolveColour = glGenRenderbuffers();
            glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo);
            glBindRenderbuffer(GL_RENDERBUFFER, resolveColour);
            glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
            glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolveColour);
            check();
        } else {
            resolveFbo = 0;
            resolveColour = 0;
        }
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    }

    /** Single-sampled storage for {@code samples <= 1}: a "multisampled" buffer of one sample can neither be read nor scaled. */
    private static void storage(int samples, int format, int width, int height) {
        if (samples > 1) {
            glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, format, width, height);
        } else {
            glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
        }
    }

    private static void check() {
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException("off-screen framebuffer incomplete: 0x" + Integer.toHexString(status));
        }
    }

    public void bind() {
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    }

    /** Makes the finished frame readable: binds the (resolved) framebuffer for reading. */
    public void resolve() {
        if (resolveFbo != 0) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo);
            glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
            glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo);
        } else {
            glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        }
    }

    /**
     * Copies this target's colour into framebuffer {@code dest} ({@code 0}: the window), scaled
     * to {@code destWidth} x {@code destHeight}; multisampled targets must be copied at their
     * own size (that copy is the resolve).
     */
    public void blitTo(int dest, int destWidth, int destHeight) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, dest);
        boolean scaled = destWidth != width || destHeight != height;
        glBlitFramebuffer(0, 0, width, height, 0, 0, destWidth, destHeight, GL_COLOR_BUFFER_BIT,
                scaled ? GL_LINEAR : GL_NEAREST);
        glBindFramebuffer(GL_FRAMEBUFFER, dest);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public void close() {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glDeleteFramebuffers(fbo);
        glDeleteRenderbuffers(colour);
        glDeleteRenderbuffers(depth);
        if (resolveFbo != 0) {
            glDeleteFramebuffers(resolveFbo);
            glDeleteRenderbuffers(resolveColour);
        }
    }
}
