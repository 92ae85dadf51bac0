// Loaded only through `loadMonaco()`: a dynamic import keeps the ~5 MB editor off the first screen.
// Editor core and the JSON language (whose mode brings the editor contributions); all of monaco is ~15 MB.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/languages/features/json/register';
// The JSON language loads its mode on the first JSON model, after the first editor set up Monaco's services; that
// mode's worker client imports every editor contribution (code lens, drop, suggest...), which register services
// then too late: each editor made afterwards threw "[createInstance] ... depends on UNKNOWN service ICodeLensCache".
// Loaded here, before any editor exists, every contribution finds its service.
import 'monaco-editor/languages/features/json/jsonMode';
// Bundled workers, never a CDN: the CSP allows only 'self' and blob: for workers.
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

export { monaco };
