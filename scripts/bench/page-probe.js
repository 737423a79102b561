// Instruments a page the same way for the viewer and the bare-sigma baseline
// (loaded by Playwright's addInitScript before any page script, so plain JS):
// wraps WebGL clear/draw* on sigma's nodes canvas to timestamp renders, and
// records the first click the page handles. State: window.__coopgraphBench.
(() => {
  const state = { firstRender: null, renders: 0, clickedAt: null };
  window.__coopgraphBench = state;
  const frameOpen = new WeakMap();
  const isNodes = (gl) => gl.canvas instanceof HTMLCanvasElement && gl.canvas.classList.contains('sigma-nodes');
  // A render is a clear of the nodes canvas followed by a draw that drew something.
  const onDraw = (gl, primitives) => {
    if (primitives <= 0 || !frameOpen.get(gl) || !isNodes(gl)) return;
    frameOpen.set(gl, false);
    state.renders++;
    if (state.firstRender === null) state.firstRender = performance.now();
  };
  const wrap = (proto, name, count) => {
    const original = proto[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...args) {
      if (name === 'clear') frameOpen.set(this, true);
      else onDraw(this, count(args));
      return original.apply(this, args);
    };
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    wrap(proto, 'clear', () => 0);
    wrap(proto, 'drawArrays', (a) => a[2]);
    wrap(proto, 'drawElements', (a) => a[1]);
  }
  wrap(WebGL2RenderingContext.prototype, 'drawArraysInstanced', (a) => a[2] * a[3]);
  wrap(WebGL2RenderingContext.prototype, 'drawElementsInstanced', (a) => a[1] * a[4]);
  window.addEventListener(
    'click',
    () => {
      if (state.clickedAt === null) state.clickedAt = performance.now();
    },
    true,
  );
})();
