// Child process for workspace-store.test.ts: saves requests and appends history in a loop until it is killed,
// printing each count once the store acknowledged it.
import { WorkspaceStore } from '../../electron/services/workspaces/workspace-store.js';
import { numberedRequest } from '../support/stored-fixtures.js';

const store = await WorkspaceStore.open(process.argv[2]!);
const start = store.workspace().savedRequests.length;
for (let i = start; ; i += 1) {
  await store.saveRequest('default', `request ${i}`, numberedRequest(i));
  await store.recordHistory({
    id: `h${i}`,
    workspaceId: 'default',
    at: new Date().toISOString(),
    request: {
      method: 'GET',
      url: `http://127.0.0.1/api/${i}`,
      headers: [{ name: 'Authorization', value: 'Bearer secret-token-value' }],
    },
  }).written;
  process.stdout.write(`saved ${i + 1} history ${store.listHistory({ limit: 0 }).total}\n`);
}
