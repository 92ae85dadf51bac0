import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// electron-vite builds the three parts from our own folders (not its src/ default); output in out/.
export default defineConfig({
  main: {
    build: {
      // The desktop main process, and the command line: bin/tokenscope.js runs out/main/cli.js while it is fresh.
      lib: { entry: { index: 'electron/main/index.ts', cli: 'electron/cli/main.ts' } },
      outDir: 'out/main',
    },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot be ES modules: CommonJS.
      lib: { entry: 'electron/preload/index.ts', formats: ['cjs'] },
      outDir: 'out/preload',
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    // monaco-yaml's worker imports monaco-editor/esm/vs/…, a path monaco-editor's package exports no longer map.
    resolve: { alias: [{ find: /^monaco-editor\/esm\/vs\/(.*)\.js$/, replacement: 'monaco-editor/$1' }] },
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; the browser host serves it over HTTP, so size matters.
      minify: true,
      // Chromium (and so Electron) supports <link rel="modulepreload">: no polyfill on the first screen.
      modulePreload: { polyfill: false },
      rollupOptions: { input: 'renderer/index.html' },
    },
  },
});
