/** Records the store tests write as a user's app would have: one place, so the tests agree on their shape. */

/** The i-th request a kill test saves: a POST with a 2 kB body, so each write takes a while to land. */
export const numberedRequest = (i: number) => ({
  method: 'POST',
  url: `http://127.0.0.1/api/${i}`,
  headers: [],
  body: JSON.stringify({ i, padding: 'x'.repeat(2000) }),
});

/** A connection to a tenant with one confidential web app, as connections.json holds it. */
export const savedTenantConnection = () => ({
  id: 'c1',
  workspaceId: 'default',
  name: 'Tenant',
  issuer: 'https://t.example.com/oidc',
  clients: [{ clientId: 'web', name: 'web', kind: 'traditional', authMethod: 'client_secret_basic' }],
});
