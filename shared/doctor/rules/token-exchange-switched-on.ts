import { findingPerObject } from '../finding-per-object.js';
import { appRef } from '../object-refs.js';

/**
 * Apps with token exchange switched on (Logto's `allowTokenExchange`, RFC 8693): each turns a personal access token
 * into an access token acting as its user. On a public client (no secret) anyone with the client id can do it.
 */
export const tokenExchangeSwitchedOn = findingPerObject({
  id: 'token-exchange-on',
  title: 'apps with token exchange switched on',
  needs: ['applications'],
  flagged: (tenant) => tenant.applications.filter((app) => app.allowTokenExchange),
  finding: (app) => {
    const isPublic = app.authMethod === 'none';
    return {
      severity: isPublic ? 'error' : 'warning',
      title: `${app.name} may exchange personal access tokens${isPublic ? ' and is a public client' : ''}`,
      objects: [appRef(app)],
      why: isPublic
        ? 'A public client has no secret, so anyone who knows its client id and holds a PAT or subject token can exchange it through this app, from anywhere (RFC 8693 §2.1 leaves client authentication to the server).'
        : "Whoever holds this app's secret can turn any user's PAT into a token acting as that user, with that user's roles.",
      fix: isPublic
        ? `Switch token exchange off for ${app.name} (Logto Console → Applications → ${app.name}), and exchange from a confidential (Traditional or M2M) app instead.`
        : `Keep it on only if ${app.name} exchanges PATs; otherwise switch it off (Logto Console → Applications → ${app.name} → Token exchange).`,
    };
  },
});
