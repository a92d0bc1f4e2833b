#version 330 core
// Plant geometry. Either one mesh with uModel (uInstanced = 0) or many parts with per-instance
// offset (base centre), size and colour (uInstanced = 1). Units: metres, z up.
// Faces are flat, so lighting is computed here once per vertex instead of once per pixel
// (the software renderer is bound by per-pixel work); the fragment shader only adds patterns.
layout(location = 0) in vec3 aPos;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec3 iOffset;
layout(location = 3) in vec3 iScale;
layout(location = 4) in vec3 iColour;

uniform mat4 uViewProj;
uniform mat4 uModel;
uniform vec3 uColour;
uniform int uInstanced;
uniform vec3 uLightDir;
uniform float uEmissive;

out vec3 vLit;
out float vTop;
out vec3 vLocal;
out vec3 vWorld;

void main() {
    vec4 world;
    vec3 n;
    vec3 c;
    if (uInstanced == 1) {
        world = vec4(iOffset + aPos * iScale, 1.0);
        n = aNormal;
        c = iColour;
    } else {
        world = uModel * vec4(aPos, 1.0);
        n = normalize(mat3(uModel) * aNormal);
        c = uColour;
    }
    float diffuse = max(dot(n, normalize(uLightDir)), 0.0);
    float sky = 0.5 + 0.5 * n.z;
    vLit = mix(c * (0.30 + 0.25 * sky + 0.55 * diffuse), c, uEmissive);
    vTop = n.z;
    vLocal = aPos;
    vWorld = world.xyz;
    gl_Position = uViewProj * world;
}
