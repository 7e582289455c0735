// One build for the three targets: main (plus the web-mode server), preload, renderer. electron-vite keeps
// better-sqlite3 (the only runtime dependency) external and bundles everything else, so the packaged app ships
// a small app.asar. The page's CSP comes from security-settings.ts so the meta tag and headers cannot drift apart.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/app/security-settings';

// frame-ancestors is ignored in a <meta> CSP (browsers warn); it is sent as a header instead.
const metaCsp = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

// V8 compiles a function the first time it runs. Drag and drop's chunk is loaded ahead of time, so asking V8 to
// compile all of it on load (Chromium's explicit compile hint) takes that work off the move to an ordering question.
const EAGER_CHUNKS = new Set(['SortableOrder']);
const compileHints: Plugin = {
  name: 'proctor-compile-hints',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && EAGER_CHUNKS.has(chunk.name)) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    }
  },
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          main: resolve(__dirname, 'electron/app/main.ts'),
          web: resolve(__dirname, 'electron/web/main.ts'),
          // Learner notes are parsed in a worker thread, off the thread that saves answers.
          'notes-worker': resolve(__dirname, 'electron/notes/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { preload: resolve(__dirname, 'electron/app/preload.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [
      react(),
      compileHints,
      { name: 'proctor-csp', transformIndexHtml: (html: string) => html.replace('%PROCTOR_CSP%', metaCsp) },
    ],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
