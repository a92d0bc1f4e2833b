#version 330 core
// The lit colour from the vertex shader plus two surface patterns:
//   uPattern.x = 1: belt slats on the top face, along local x; y = belt length (m),
//                   z = travel (m, moves the slats), w = slat period (m)
//   uPattern.x = 2: floor grid every uPattern.w metres in world x/y
in vec3 vLit;
in float vTop;
in vec3 vLocal;
in vec3 vWorld;

uniform vec4 uPattern;

out vec4 fragColour;

void main() {
    vec3 c = vLit;
    if (uPattern.x > 0.5 && uPattern.x < 1.5 && vTop > 0.5) {
        float u = vLocal.x * uPattern.y - uPattern.z;
        if (fract(u / uPattern.w) < 0.35) {
            c *= 0.55;
        }
    } else if (uPattern.x > 1.5) {
        vec2 g = abs(fract(vWorld.xy / uPattern.w + 0.5) - 0.5);
        if (min(g.x, g.y) < 0.02) {
            c *= 0.8;
        }
    }
    fragColour = vec4(c, 1.0);
}
