import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The desktop test runs electron/app/ against a stand-in for Electron, with Chromium as its page.
    alias: [{ find: /^electron$/, replacement: fileURLToPath(new URL('./tests/desktop/electron-standin.ts', import.meta.url)) }],
  },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
