/**
 * Edge programs cheaper than sigma's defaults for the directed edges that make up half a graph.
 * Sigma's arrow is a clamped, anti-aliased quad plus an arrowhead, both drawn instanced; in a
 * software WebGL (Chromium without a GPU, as in the benchmarks and on many office machines)
 * every instance costs a draw, so 2,500 arrows took longer than 5,000 plain lines. Here an arrow
 * is the same one-pixel line as an undirected edge plus a head drawn as plain triangles: the
 * head looks like sigma's (same shader, same proportions), only its three corners are written
 * per edge instead of being shared by instancing.
 */
import type { Attributes } from 'graphology-types';
import { createEdgeCompoundProgram, EdgeLineProgram, EdgeProgram, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

/** Sigma's arrowhead proportions (DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS). */
const LENGTH_TO_THICKNESS = 2.5;
const WIDENESS_TO_THICKNESS = 2;

// Sigma's arrowhead vertex shader with the corner (a_barycentric) as a per-vertex attribute.
const VERTEX_SHADER = /* glsl */ `
attribute vec2 a_position;
attribute vec2 a_normal;
attribute float a_radius;
attribute vec3 a_barycentric;
#ifdef PICKING_MODE
attribute vec4 a_id;
#else
attribute vec4 a_color;
#endif
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
varying vec4 v_color;
const float bias = 255.0 / 254.0;
void main() {
  float normalLength = length(a_normal);
  vec2 n = a_normal / normalLength;
  float thickness = max(normalLength / u_sizeRatio, u_minEdgeThickness) * u_correctionRatio;
  float radius = a_radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float headLength = thickness * ${LENGTH_TO_THICKNESS.toFixed(1)} * 2.0;
  float headWidth = thickness * ${WIDENESS_TO_THICKNESS.toFixed(1)};
  vec2 tip = vec2(radius * n.y, -radius * n.x);
  vec2 back = vec2((radius + headLength) * n.y, -(radius + headLength) * n.x);
  vec2 side = vec2(headWidth * n.x, headWidth * n.y);
  vec2 delta = a_barycentric.x * tip + a_barycentric.y * (back + side) + a_barycentric.z * (back - side);
  gl_Position = vec4((u_matrix * vec3(a_position + delta, 1)).xy, 0, 1);
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
varying vec4 v_color;
void main(void) {
  gl_FragColor = v_color;
}
`;

const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_correctionRatio', 'u_minEdgeThickness'] as const;
type Uniform = (typeof UNIFORMS)[number];
const CORNERS = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
] as const;

/** An arrowhead at the target, drawn as three plain vertices per edge (no instancing). */
export class EdgeHeadTrianglesProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeProgram<Uniform, N, E, G> {
  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_normal', size: 2, type: FLOAT },
        { name: 'a_radius', size: 1, type: FLOAT },
        { name: 'a_barycentric', size: 3, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const thickness = data.size || 1;
    const radius = targetData.size || 1;
    const dx = targetData.x - sourceData.x;
    const dy = targetData.y - sourceData.y;
    const squared = dx * dx + dy * dy;
    const inverse = squared ? 1 / Math.sqrt(squared) : 0;
    const n1 = -dy * inverse * thickness;
    const n2 = dx * inverse * thickness;
    const color = floatColor(data.color);
    const array = this.array;
    let i = startIndex;
    for (const [a, b, c] of CORNERS) {
      array[i++] = targetData.x;
      array[i++] = targetData.y;
      array[i++] = -n1;
      array[i++] = -n2;
      array[i++] = radius;
      array[i++] = a;
      array[i++] = b;
      array[i++] = c;
      array[i++] = color;
      array[i++] = edgeIndex;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
  }
}

/** A directed edge: sigma's one-pixel line (as undirected edges) with a triangle head at the target. */
export const EdgeLineArrowProgram = createEdgeCompoundProgram([EdgeLineProgram, EdgeHeadTrianglesProgram]);
