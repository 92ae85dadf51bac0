import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The first screen's stylesheet written into index.html: as a file it was one more request, often on a connection
 * of its own, and Chromium runs the entry module only once every stylesheet before it has arrived (issue 18,
 * start-up). The CSP allows it (style-src 'unsafe-inline'). Taken off the entry's CSS list before Vite reads it, so
 * neither index.html links it nor a lazy chunk lists it among what to preload; lazy chunks keep their own CSS files.
 */
function inlineEntryCss(): Plugin {
  let css = '';
  return {
    name: 'tokenscope:inline-entry-css',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry || !chunk.viteMetadata) continue;
          for (const file of chunk.viteMetadata.importedCss) {
            const asset = bundle[file];
            if (asset?.type === 'asset') css += String(asset.source);
            delete bundle[file];
          }
          chunk.viteMetadata.importedCss.clear();
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (css ? html.replace('</head>', `<style>${css}</style>\n  </head>`) : html),
    },
  };
}

// electron-vite builds the three parts from our own folders (not its src/ default); output in out/.
export default defineConfig({
  main: {
    build: {
      // The desktop main process, and the command line: bin/tokenscope.js runs out/main/cli.js while it is fresh.
      lib: { entry: { index: 'electron/main/main-process.ts', cli: 'electron/cli/main.ts' } },
      outDir: 'out/main',
    },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot be ES modules: CommonJS.
      lib: { entry: { index: 'electron/preload/preload.ts' }, formats: ['cjs'] },
      outDir: 'out/preload',
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), inlineEntryCss()],
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
