/**
 * Vite build of the viewer into viewer/dist (served by `coopgraph serve`).
 * In dev (`npm run dev:viewer`) /api is proxied to a running `coopgraph serve`
 * (COOPGRAPH_API, default http://127.0.0.1:5173).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // zod ships comments Rollup cannot place; harmless, but they drown real warnings.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
  server: {
    port: 5174,
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/api': process.env.COOPGRAPH_API ?? 'http://127.0.0.1:5173' },
  },
});
