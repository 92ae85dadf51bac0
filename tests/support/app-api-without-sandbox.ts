import { createAppApi, type AppContext } from '../../electron/services/api/app-api.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';

/**
 * The app's services as the browser host builds them, with no sandbox started (a reason stands in its place) and
 * a vault in memory unless `context` gives one: for tests of what needs no authorization server.
 */
export function appApiWithoutSandbox(context: Pick<AppContext, 'dataDir'> & Partial<AppContext>) {
  return createAppApi({
    shell: 'browser-host',
    version: '0.0.0',
    sandbox: { error: 'not started in this test' },
    vault: createMemoryVault(),
    ...context,
  });
}
