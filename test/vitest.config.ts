/** Unit and integration tests (shared, electron services, renderer data layer); end-to-end tests have their own config. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/{shared,electron,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup/publicHolidays.ts'],
    testTimeout: 30_000,
  },
});
