import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// electron-vite builds the three parts from our own folders (not its src/ default); output in out/.
export default defineConfig({
  main: {
    build: {
      lib: { entry: 'electron/main/index.ts' },
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
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; the browser host serves it over HTTP, so size matters.
      minify: true,
      rollupOptions: { input: 'renderer/index.html' },
    },
  },
});
