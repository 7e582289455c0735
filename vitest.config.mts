import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Plain Node cannot load Electron: the desktop tests run electron/app/ against a stand-in for it.
    alias: [{ find: /^electron$/, replacement: fileURLToPath(new URL('./tests/desktop/electron-standin.ts', import.meta.url)) }],
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Builds out/ once (electron-vite, a few seconds): the desktop tests check the built page and package it.
    globalSetup: ['tests/desktop/global-setup.ts'],
  },
});
