#version 330 core
// 2D overlay in window pixels (origin top left), one batch of textured, coloured quads.
layout(location = 0) in vec2 aPos;
layout(location = 1) in vec2 aUv;
layout(location = 2) in vec4 aColour;

uniform vec2 uScreen;

out vec2 vUv;
out vec4 vColour;

void main() {
    vUv = aUv;
    vColour = aColour;
    gl_Position = vec4(aPos.x / uScreen.x * 2.0 - 1.0, 1.0 - aPos.y / uScreen.y * 2.0, 0.0, 1.0);
}
