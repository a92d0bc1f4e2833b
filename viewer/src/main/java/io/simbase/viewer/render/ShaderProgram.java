package io.simbase.viewer.render;

import static org.lwjgl.opengl.GL33C.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A linked GLSL program built from two shader files on the classpath
 * ({@code simbase/viewer/shaders/NAME.vert|frag} in the assets). GL thread only.
 */
public final class ShaderProgram implements AutoCloseable {
    private final int id;

    public ShaderProgram(String name) {
        int vs = compile(GL_VERTEX_SHADER, name + ".vert");
        int fs = compile(GL_FRAGMENT_SHADER, name + ".frag");
        id = glCreateProgram();
        glAttachShader(id, vs);
        glAttachShader(id, fs);
        glLinkProgram(id);
        glDeleteShader(vs);
        glDeleteShader(fs);
        if (glGetProgrami(id, GL_LINK_STATUS) == GL_FALSE) {
            throw new IllegalStateException("shader " + name + " does not link: " + glGetProgramInfoLog(id));
        }
    }

    public int id() {
        return id;
    }

    public void use() {
        glUseProgram(id);
    }

    /** Location of a uniform; -1 when the driver optimised it away. */
    public int uniform(String name) {
        return glGetUniformLocation(id, name);
    }

    private static int compile(int type, String file) {
        String source = read("/simbase/viewer/shaders/" + file);
        int s = glCreateShader(type);
        glShaderSource(s, source);
        glCompileShader(s);
        if (glGetShaderi(s, GL_COMPILE_STATUS) == GL_FALSE) {
            throw new IllegalStateException("shader " + file + " does not compile: " + glGetShaderInfoLog(s));
        }
        return s;
    }

    static String read(String resource) {
        try (InputStream in = ShaderProgram.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (is simbase-assets on the class path?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    @Override
    public void close() {
        glDeleteProgram(id);
    }
}
