// Vite bundles this as the YAML language worker (`?worker` in yaml-setup.ts); monaco-yaml's README asks for such a
// file of one's own, since importing its worker directly with `?worker` fails under Vite.
import 'monaco-yaml/yaml.worker.js';
