/** End-to-end tests: the built renderer in Debian's Chromium, against the loopback test host, with real IndexedDB. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
