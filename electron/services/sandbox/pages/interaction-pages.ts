import type { World, WorldUser } from '../../../../shared/sandbox/world.js';
import { ORGANIZATIONS_RESOURCE } from '../../../../shared/oauth/reserved-resources.js';
import { findResource, userPermissions } from '../../../../shared/sandbox/world-queries.js';
import { hasPassword } from './user-password.js';

/** The sandbox's own sign-in and consent pages: plain HTML forms, no script, so any browser (or fetch) can drive them. */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1d2530}
.banner{background:#fff4d6;border:1px solid #e8c66a;padding:.5rem .75rem;border-radius:6px}
button{font:inherit;padding:.4rem .9rem;margin:.2rem 0;cursor:pointer}
ul{padding-left:1.2rem} .user{display:block;width:100%;text-align:left} .muted{color:#5b6573}
.lacks{color:#a33}`;

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Tokenscope sandbox</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head><body>
<p class="banner">This is the <strong>Tokenscope sandbox</strong>, a local stand-in for a Logto tenant. Pick a person to act
as; only those the world gives a password ask for one. Nothing here is real.</p>
${body}</body></html>`;
}

function describeUser(world: World, user: WorldUser): string {
  const roles = user.roles.map((id) => world.roles.find((r) => r.id === id)?.name ?? id);
  return roles.length ? `roles: ${roles.join(', ')}` : 'no role';
}

/** A user with a password signs in through a form of their own, with the password field (no script needed). */
function passwordForm(world: World, uid: string, user: WorldUser): string {
  return `<li><form method="post" action="/interaction/${escapeHtml(uid)}/login">
<input type="hidden" name="user" value="${escapeHtml(user.id)}"><strong>${escapeHtml(user.name ?? user.username)}</strong>
<span class="muted">@${escapeHtml(user.username)} · ${escapeHtml(describeUser(world, user))}</span>
<label>Password <input type="password" name="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button></form></li>`;
}

export function signInPage(world: World, uid: string, clientName: string, problem?: string): string {
  const withPassword = world.users.filter(hasPassword).map((user) => passwordForm(world, uid, user));
  const users = world.users
    .filter((user) => !hasPassword(user))
    .map(
      (
        user,
      ) => `<li><button class="user" name="user" value="${escapeHtml(user.id)}" data-username="${escapeHtml(user.username)}">
<strong>${escapeHtml(user.name ?? user.username)}</strong> <span class="muted">@${escapeHtml(user.username)} · ${escapeHtml(describeUser(world, user))}</span></button></li>`,
    )
    .join('\n');
  return page(
    'Sign in',
    `<h1>Sign in to ${escapeHtml(clientName)}</h1>${problem ? `\n<p class="lacks" role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login"><ul>${users || (withPassword.length ? '' : '<li>This world has no users. Add some under <code>users</code>.</li>')}</ul></form>${withPassword.length ? `\n<ul>${withPassword.join('\n')}</ul>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button name="abort" value="1">Cancel</button></form>`,
  );
}

export interface ConsentRequest {
  uid: string;
  clientName: string;
  user: WorldUser;
  oidcScopes: string[];
  resourceScopes: Record<string, string[]>;
}

export function consentPage(world: World, request: ConsentRequest): string {
  const { uid, clientName, user, oidcScopes, resourceScopes } = request;
  const oidc = oidcScopes.length
    ? `<h2>Your profile</h2><ul>${oidcScopes.map((s) => `<li><code>${escapeHtml(s)}</code></li>`).join('')}</ul>`
    : '';
  const resources = Object.entries(resourceScopes)
    .map(([indicator, scopes]) => {
      const resource = findResource(world, indicator);
      const reserved = indicator === ORGANIZATIONS_RESOURCE;
      // Organization permissions come from organization roles, checked when an organization token is asked for.
      const held = new Set(reserved ? scopes : userPermissions(world, user.id, indicator));
      const items = scopes
        .map((scope) => {
          const description = (reserved ? world.organizationPermissions : resource?.permissions)?.find(
            (p) => p.name === scope,
          )?.description;
          const lacks = held.has(scope)
            ? ''
            : ` <span class="lacks">(${escapeHtml(user.username)} has no role granting this: it will be left out of the token)</span>`;
          return `<li><label><input type="checkbox" name="scope" value="${escapeHtml(`${indicator} ${scope}`)}" checked>
<code>${escapeHtml(scope)}</code>${description ? ` <span class="muted">${escapeHtml(description)}</span>` : ''}${lacks}</label></li>`;
        })
        .join('\n');
      return `<h2>${escapeHtml(reserved ? 'Organizations' : (resource?.name ?? indicator))} <span class="muted">${escapeHtml(indicator)}</span></h2><ul>${items}</ul>`;
    })
    .join('\n');
  return page(
    'Consent',
    `<h1>${escapeHtml(clientName)} asks for access</h1>
<p>Signed in as <strong>${escapeHtml(user.name ?? user.username)}</strong>. Untick what you do not want to grant.</p>
<form method="post" action="/interaction/${escapeHtml(uid)}/consent">${oidc}${resources}
<button type="submit">Authorize</button></form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button name="abort" value="1">Deny</button></form>`,
  );
}

/** RP-initiated logout confirmation; `form` is oidc-provider's hidden form (id op.logoutForm, with its xsrf token). */
export function signOutPage(form: string): string {
  return page(
    'Sign out',
    `<h1>Sign out of the sandbox?</h1>
${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Sign out</button>
<button type="submit" form="op.logoutForm">Stay signed in</button>`,
  );
}

export function signedOutPage(clientName: string | undefined): string {
  return page(
    'Signed out',
    `<h1>Signed out</h1><p>You signed out${clientName ? ` of ${escapeHtml(clientName)}` : ''}. You can close this window.</p>`,
  );
}

const ERROR_HINTS: Record<string, string> = {
  invalid_client:
    'The client_id is not an application of this world. Check it against the applications in the world file.',
  invalid_redirect_uri:
    'The redirect_uri is not registered for this application. Add it under redirectUris in the world file (native apps: any port on http://127.0.0.1 matches).',
};

/** Errors oidc-provider cannot send back to the app (no trusted redirect_uri yet), shown in the browser instead. */
export function errorPage(out: Record<string, unknown>): string {
  const error = String(out.error ?? 'server_error');
  const rows = Object.entries(out)
    .map(([key, value]) => `<li><code>${escapeHtml(key)}</code>: ${escapeHtml(String(value))}</li>`)
    .join('');
  const hint = ERROR_HINTS[error];
  return page('Error', `<h1>The sign-in cannot go on</h1><ul>${rows}</ul>${hint ? `<p>${escapeHtml(hint)}</p>` : ''}`);
}
