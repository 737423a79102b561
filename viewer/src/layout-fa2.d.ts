// Types for the two internals of graphology-layout-forceatlas2 that the
// chunked initial layout drives directly (the package types only its public API).

declare module 'graphology-layout-forceatlas2/helpers.js' {
  type AnyGraph = import('graphology-types').default;
  interface LayoutMatrices {
    nodes: Float32Array;
    edges: Float32Array;
  }
  const helpers: {
    graphToByteArrays(graph: AnyGraph, getEdgeWeight: (edge: string) => number): LayoutMatrices;
    assignLayoutChanges(graph: AnyGraph, nodes: Float32Array, outputReducer: null): void;
    /** A Worker running `fn`'s source (a blob URL), as the package's own FA2 worker is made. */
    createWorker(fn: () => void): Worker;
  };
  export default helpers;
}

declare module 'graphology-layout-forceatlas2/iterate.js' {
  type Settings = Required<import('graphology-layout-forceatlas2').ForceAtlas2Settings>;
  const iterate: (settings: Settings, nodes: Float32Array, edges: Float32Array) => void;
  export default iterate;
}

declare module 'graphology-layout-forceatlas2/webworker.js' {
  /**
   * The worker body: each message `{ settings, nodes, edges? }` (ArrayBuffers of the matrices; edges once)
   * runs one iteration and is answered with `{ nodes }`.
   */
  const webworker: () => void;
  export default webworker;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Required<import('graphology-layout-forceatlas2').ForceAtlas2Settings>;
  export default defaults;
}
