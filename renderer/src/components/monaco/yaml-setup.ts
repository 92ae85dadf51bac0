// Loaded only through `loadYamlMonaco()`, by the world editor: the YAML language, its schema worker, completion.
import { configureMonacoYaml } from 'monaco-yaml';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/multicursor/register';
import { monaco } from './monaco-setup';
import YamlWorker from './yaml.worker?worker';
import { WORLD_SCHEMA_ID, worldSchema } from '../../../../shared/sandbox/world-schema';

export const WORLD_MODEL_URI = 'file:///sandbox-world.yaml';

type WorkerOptions = { createData?: unknown; host?: Record<string, (...args: unknown[]) => unknown> };

/**
 * monaco-yaml 5 asks Monaco for its worker by module id, which Monaco dropped in 0.55: it now wants the Worker
 * itself, then the worker's creation data as the second message (what Monaco's own JSON language does, see
 * monaco-editor's internal/common/workers). This hands monaco-yaml a Monaco whose createWebWorker does that
 * (remcohaszing/monaco-yaml#272 is the upstream issue).
 */
const yamlMonaco = {
  ...monaco,
  editor: {
    ...monaco.editor,
    createWebWorker(options: WorkerOptions) {
      const worker = new YamlWorker();
      worker.postMessage('ignore');
      worker.postMessage(options.createData);
      return monaco.editor.createWebWorker({ worker, ...(options.host ? { host: options.host } : {}) });
    },
  },
} as unknown as typeof monaco;

configureMonacoYaml(yamlMonaco, {
  enableSchemaRequest: false,
  // Problems come from the main side's check of the world (the one that decides whether it applies), shown as
  // markers by the editor; the YAML worker's own validation would show each of them a second time, in other words.
  validate: false,
  completion: true,
  hover: true,
  format: { enable: false },
  schemas: [{ uri: WORLD_SCHEMA_ID, fileMatch: [WORLD_MODEL_URI], schema: worldSchema as never }],
});

export { monaco };
