export type MonacoApi = typeof import('monaco-editor/editor/editor.api');

let loading: Promise<MonacoApi> | undefined;

/** The editor, fetched on first use and shared after; a failed load may be retried. */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= import('./monaco-setup')
    .then((module) => module.monaco)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

let loadingYaml: Promise<MonacoApi> | undefined;

/** The editor with the YAML language and the world's schema (completion, hovers), for the world editor. */
export function loadYamlMonaco(): Promise<MonacoApi> {
  loadingYaml ??= import('./yaml-setup')
    .then((module) => module.monaco)
    .catch((error: unknown) => {
      loadingYaml = undefined;
      throw error;
    });
  return loadingYaml;
}
