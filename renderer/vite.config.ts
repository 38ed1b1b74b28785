/**
 * Builds the renderer into dist/renderer as plain files that Electron (or the loopback test host) serves as-is:
 * relative paths, every asset bundled, nothing inlined that the strict CSP in index.html would refuse, no eval.
 * Node code: it is type-checked by the test project, not the web project (see renderer/tsconfig.json).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: `${here}/../dist/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Every asset becomes a file: the CSP allows data: only for images, and nothing is fetched from elsewhere.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1_500,
  },
  server: { host: '127.0.0.1', strictPort: true },
  preview: { host: '127.0.0.1' },
});
