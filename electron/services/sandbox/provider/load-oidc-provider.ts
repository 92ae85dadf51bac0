type OidcProviderModule = typeof import('oidc-provider');

let loaded: Promise<OidcProviderModule> | undefined;

/**
 * Imports oidc-provider once. It warns "Unsupported runtime" on Node 20 although it works there (checked on 9.13),
 * and Electron's own Node is newer; that one line is dropped so the CLI output stays clean. Other warnings pass.
 */
export function loadOidcProvider(): Promise<OidcProviderModule> {
  loaded ??= (async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('Unsupported runtime')) return;
      warn(...args);
    };
    try {
      return await import('oidc-provider');
    } finally {
      console.warn = warn;
    }
  })();
  return loaded;
}
