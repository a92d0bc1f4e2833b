#version 330 core
// The atlas holds glyph coverage in red; its top-left texels are fully covered, for solid quads.
in vec2 vUv;
in vec4 vColour;

uniform sampler2D uAtlas;

out vec4 fragColour;

void main() {
    fragColour = vec4(vColour.rgb, vColour.a * texture(uAtlas, vUv).r);
}
