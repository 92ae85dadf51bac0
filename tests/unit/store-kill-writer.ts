// Child process for store-kill.test.ts: writes one kind of store in a loop until it is killed, printing
// "ack <key>" once the store acknowledged each write. `history-pending` queues one history entry and kills itself
// before the entry can be written, the worst moment for a kill.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ConnectionStore } from '../../electron/services/connections/connection-store.js';
import { createReplayApi } from '../../electron/services/replay/replay-api.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import { createPassphraseFileVault } from '../../electron/services/vault/passphrase-file-vault.js';
import { WorkspaceStore } from '../../electron/services/workspaces/workspace-store.js';
import { numberedRequest } from '../support/stored-fixtures.js';

const [mode, dir] = process.argv.slice(2) as [string, string];
const ack = (key: string | number) => process.stdout.write(`ack ${key}\n`);

if (mode === 'history') {
  // The API the calls go to: a trivial one on loopback, as fast as an API can answer.
  const api = createServer((_, response) => response.end('{"ok":true}'));
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(api.address() as AddressInfo).port}/products`;
  const replay = createReplayApi({ dataDir: dir });
  // Several callers at once, so entries share batches as they do under load.
  const caller = async () => {
    for (;;) {
      const { entry } = await replay.sendApiRequest({
        workspaceId: 'default',
        request: { method: 'GET', url, headers: [] },
        token: { kind: 'none' },
      });
      ack(entry.id);
    }
  };
  await Promise.all([caller(), caller(), caller(), caller()]);
} else if (mode === 'history-pending') {
  const store = await WorkspaceStore.open(join(dir, 'workspaces'));
  const at = new Date().toISOString();
  for (const id of ['p1', 'p2']) {
    void store.recordHistory({
      id,
      workspaceId: 'default',
      at,
      request: { method: 'GET', url: 'http://127.0.0.1/pending', headers: [] },
    }).written;
  }
  process.kill(process.pid, 'SIGKILL');
} else if (mode === 'workspaces') {
  const store = await WorkspaceStore.open(join(dir, 'workspaces'));
  for (let i = store.workspace().savedRequests.length; ; i += 1) {
    await store.saveRequest('default', `request ${i}`, numberedRequest(i));
    ack(`request ${i}`);
  }
} else if (mode === 'connections') {
  const store = new ConnectionStore(dir, createMemoryVault());
  await store.ready;
  for (let i = store.list('default').length; ; i += 1) {
    const issuer = `https://tenant-${i}.example.com/oidc`;
    await store.addMany('default', [
      {
        name: `tenant ${i}`,
        issuer,
        clients: [{ clientId: 'spa', name: 'spa', kind: 'spa', authMethod: 'none' }],
        metadata: { issuer, padding: 'x'.repeat(1000) },
      },
    ]);
    ack(`tenant ${i}`);
  }
} else if (mode === 'vault') {
  // A low scrypt cost keeps each open quick; the file keeps whatever cost it was created with.
  const vault = createPassphraseFileVault({
    file: join(dir, 'vault.json'),
    passphrase: 'kill test passphrase',
    cost: { N: 2 ** 10, r: 8, p: 1 },
  });
  for (let i = (await vault.list()).length; ; i += 1) {
    await vault.set(`secret ${i}`, `value ${i} ${'s'.repeat(500)}`);
    ack(`secret ${i}`);
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
