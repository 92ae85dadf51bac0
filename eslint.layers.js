// The layers of docs/architecture.md as an allow-list: each folder names what it may import, and anything else is
// refused, as VS Code's code-layering check does. A deny-list let new mistakes through (services importing the
// shell or the CLI, the renderer importing undici, shared/ importing react).
//
// Written here rather than with eslint-plugin-boundaries: that plugin classifies files by resolving each
// specifier, which needs a TypeScript resolver (native binaries) to map our `./x.js` specifiers to `./x.ts`
// files. A layer follows from the path alone, so resolving the specifier as text is enough.
import { builtinModules } from 'node:module';
import path from 'node:path';

const NODE = 'node builtins';
const ANY_PACKAGE = 'any package';
/** Tests may import every layer. */
const EVERY_LAYER = ['shared', 'renderer', 'electron', 'tests', 'bench'];

/** Longest folder first, so `tests/electron` wins over `tests`. */
export const LAYERS = [
  {
    folder: 'shared',
    folders: ['shared'],
    packages: ['jose', '@sinclair/typebox'],
    why: 'shared/ is pure TypeScript that runs anywhere: no Node, no DOM, no Electron, no UI library.',
  },
  {
    folder: 'renderer',
    folders: ['renderer', 'shared'],
    packages: [
      'react',
      'react-dom',
      'zustand',
      'monaco-editor',
      '@monaco-editor/react',
      'monaco-yaml',
      'elkjs',
      'jose',
    ],
    why: 'The renderer reaches the main side only through the contract in shared/contract.',
  },
  {
    folder: 'electron/services',
    folders: ['electron/services', 'shared'],
    packages: [NODE, 'openid-client', 'oidc-provider', 'jose', 'ajv', 'yaml', 'undici'],
    why: 'Node services run without Electron too (browser host, CLI, tests) and never import the shell or the CLI.',
  },
  {
    folder: 'electron/cli',
    folders: ['electron/cli', 'electron/services', 'shared'],
    packages: [NODE, 'jose'],
    why: 'The command line runs the Node services without Electron.',
  },
  {
    folder: 'electron/main',
    folders: ['electron/main', 'electron/services', 'shared'],
    packages: [NODE, 'electron'],
    why: 'The Electron shell is thin wiring over the Node services.',
  },
  {
    folder: 'electron/preload',
    folders: ['electron/preload', 'shared'],
    packages: ['electron'],
    why: 'The sandboxed preload only bridges the contract.',
  },
  {
    folder: 'bin',
    folders: ['electron/cli'],
    packages: [NODE, 'tsx'],
    why: 'bin/ only starts the command line.',
  },
  {
    folder: 'bench',
    folders: ['bench', 'shared', 'electron/services', 'electron/cli', 'tests'],
    packages: [ANY_PACKAGE],
    why: 'Benchmarks measure the Node services and the built UI; the real `electron` cannot run here.',
  },
  {
    // The electron-shell tests get a stand-in for `electron` through vitest's alias.
    folder: 'tests/electron',
    folders: EVERY_LAYER,
    packages: [ANY_PACKAGE, 'electron'],
    why: 'Tests may import any layer.',
  },
  {
    folder: 'tests',
    folders: EVERY_LAYER,
    packages: [ANY_PACKAGE],
    why: 'Tests may import any layer, but never the real `electron` (it cannot run here): put such a test under tests/electron/.',
  },
];

const builtins = new Set(builtinModules);

function packageName(specifier) {
  const bare = specifier.split('?')[0];
  if (bare.startsWith('node:') || builtins.has(bare.split('/')[0])) return NODE;
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function within(file, folder) {
  return file === folder || file.startsWith(`${folder}/`);
}

export function layerOf(repoPath) {
  return LAYERS.find((layer) => within(repoPath, layer.folder));
}

/** Why `specifier`, imported from `repoPath`, breaks its layer; undefined when allowed or outside every layer. */
export function layerViolation(repoPath, specifier) {
  const layer = layerOf(repoPath);
  if (!layer) return undefined;
  const allowed = `${layer.folder}/ may import ${[...layer.folders.map((f) => `${f}/`), ...layer.packages].join(', ')}.`;
  if (specifier.startsWith('.')) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(repoPath), specifier));
    if (layer.folders.some((folder) => within(target, folder))) return undefined;
    return `${layer.why} ${allowed} Not ${target}.`;
  }
  const name = packageName(specifier);
  if (name === 'electron' && !layer.packages.includes('electron')) return `${layer.why} ${allowed} Not electron.`;
  if (layer.packages.includes(ANY_PACKAGE) || layer.packages.includes(name)) return undefined;
  return `${layer.why} ${allowed} Not ${name === NODE ? specifier : name}.`;
}

const allowedImports = {
  meta: { type: 'problem', schema: [], docs: { description: 'Each folder imports only what its layer allows.' } },
  create(context) {
    const root = context.cwd;
    const repoPath = path.relative(root, context.filename).split(path.sep).join('/');
    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const message = layerViolation(repoPath, source.value);
      if (message) context.report({ node: source, message });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : undefined),
      TSImportEqualsDeclaration: (node) => check(node, node.moduleReference?.expression),
      CallExpression(node) {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        ) {
          check(node, node.arguments[0]);
        }
      },
    };
  },
};

export const layersPlugin = { rules: { 'allowed-imports': allowedImports } };
