#version 330 core
// Lambert shading plus two surface patterns:
//   uPattern.x = 1: belt slats on the top face, along local x; y = belt length (m),
//                   z = travel (m, moves the slats), w = slat period (m)
//   uPattern.x = 2: floor grid every uPattern.w metres in world x/y
// uEmissive 0..1 mixes towards the flat colour (lamps, beams, selection).
in vec3 vNormal;
in vec3 vColour;
in vec3 vLocal;
in vec3 vWorld;

uniform vec4 uPattern;
uniform float uEmissive;
uniform vec3 uLightDir;

out vec4 fragColour;

void main() {
    vec3 n = normalize(vNormal);
    vec3 c = vColour;
    if (uPattern.x > 0.5 && uPattern.x < 1.5 && n.z > 0.5) {
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
    float diffuse = max(dot(n, normalize(uLightDir)), 0.0);
    float sky = 0.5 + 0.5 * n.z;
    vec3 lit = c * (0.30 + 0.25 * sky + 0.55 * diffuse);
    fragColour = vec4(mix(lit, c, uEmissive), 1.0);
}
