/**
 * CommonJS packages without an exports map (graphology-layout-forceatlas2):
 * under NodeNext TypeScript types their default import as `{ default: X }`,
 * while Vite and Node hand over X (here a function) itself. This unwraps both.
 */
export function cjsDefault<T>(imported: { default: T }): T {
  if (typeof imported === 'function') return imported as unknown as T;
  return imported.default;
}
