#version 330 core
// Plant geometry. Either one mesh with uModel (uInstanced = 0) or many parts with per-instance
// offset (base centre), size and colour (uInstanced = 1). Units: metres, z up.
layout(location = 0) in vec3 aPos;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec3 iOffset;
layout(location = 3) in vec3 iScale;
layout(location = 4) in vec3 iColour;

uniform mat4 uViewProj;
uniform mat4 uModel;
uniform vec3 uColour;
uniform int uInstanced;

out vec3 vNormal;
out vec3 vColour;
out vec3 vLocal;
out vec3 vWorld;

void main() {
    vec4 world;
    if (uInstanced == 1) {
        world = vec4(iOffset + aPos * iScale, 1.0);
        vNormal = aNormal;
        vColour = iColour;
    } else {
        world = uModel * vec4(aPos, 1.0);
        vNormal = mat3(uModel) * aNormal;
        vColour = uColour;
    }
    vLocal = aPos;
    vWorld = world.xyz;
    gl_Position = uViewProj * world;
}
