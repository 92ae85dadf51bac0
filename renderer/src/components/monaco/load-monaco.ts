export type MonacoApi = typeof import('monaco-editor/editor/editor.api');

/** One load shared by every caller; a failed load is forgotten, so the next call tries again. */
function sharedLoad(load: () => Promise<MonacoApi>): () => Promise<MonacoApi> {
  let loading: Promise<MonacoApi> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** The editor, fetched on first use and shared after. */
export const loadMonaco = sharedLoad(() => import('./monaco-setup').then((module) => module.monaco));

/** The editor with the YAML language and the world's schema (completion, hovers), for the world editor. */
export const loadYamlMonaco = sharedLoad(() => import('./yaml-setup').then((module) => module.monaco));
