import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InteractionDetails } from 'oidc-provider';
import { findUser } from '../../../../shared/sandbox/world-queries.js';
import { readBody } from './read-form-body.js';
import { hasPassword, passwordMatches } from './user-password.js';
import { consentPage, escapeHtml, signInPage } from './interaction-pages.js';
import type { SandboxState } from '../sandbox-routes.js';

export const INTERACTION_PREFIX = '/interaction';

export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  // The pages are static forms: no script, no framing. No form-action: browsers apply it to the redirect chain
  // after the post, which ends at the app's redirect_uri on another origin (or a custom scheme).
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
};

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req));
}

function sendPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, PAGE_HEADERS);
  res.end(html);
}

function problemPage(res: ServerResponse, status: number, message: string): void {
  sendPage(
    res,
    status,
    `<!doctype html><meta charset="utf-8"><title>Sandbox sign-in</title><p>${escapeHtml(message)}</p>`,
  );
}

async function clientName(state: SandboxState, details: InteractionDetails): Promise<string> {
  const client = await state.provider.Client.find(String(details.params.client_id));
  return String(client?.clientName ?? details.params.client_id);
}

/** Grants what the user ticked; unticked scopes are rejected so oidc-provider does not ask again. */
async function grantConsent(state: SandboxState, details: InteractionDetails, form: URLSearchParams): Promise<string> {
  const { provider } = state;
  const accountId = details.session!.accountId;
  const clientId = String(details.params.client_id);
  const grant =
    (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
    new provider.Grant({ accountId, clientId });
  const promptDetails = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (promptDetails.missingOIDCScope?.length) grant.addOIDCScope(promptDetails.missingOIDCScope.join(' '));
  if (promptDetails.missingOIDCClaims?.length) grant.addOIDCClaims(promptDetails.missingOIDCClaims);
  const ticked = new Set(form.getAll('scope'));
  for (const [indicator, scopes] of Object.entries(promptDetails.missingResourceScopes ?? {})) {
    const granted = scopes.filter((s) => ticked.has(`${indicator} ${s}`));
    const refused = scopes.filter((s) => !ticked.has(`${indicator} ${s}`));
    if (granted.length) grant.addResourceScope(indicator, granted.join(' '));
    if (refused.length) grant.rejectResourceScope(indicator, refused.join(' '));
  }
  return grant.save();
}

/** /interaction/:uid[/login|/consent|/abort]: the sandbox's sign-in and consent steps. */
export async function handleInteraction(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', state.origin).pathname;
  const [, , uid, action] = path.split('/');
  const { provider, servedWorld: world } = state;
  let details: InteractionDetails;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    problemPage(
      res,
      400,
      'This sign-in has expired or was opened in another browser. Start the sign-in again from the app.',
    );
    return;
  }
  if (details.uid !== uid) {
    problemPage(
      res,
      400,
      'This sign-in page does not match the current sign-in. Start the sign-in again from the app.',
    );
    return;
  }

  if (req.method === 'GET' && !action) {
    if (details.prompt.name === 'login') {
      sendPage(res, 200, signInPage(world, uid, await clientName(state, details)));
      return;
    }
    const user = findUser(world, details.session?.accountId ?? '');
    if (!user) {
      problemPage(res, 400, 'The signed-in user is no longer in the world. Start the sign-in again.');
      return;
    }
    const promptDetails = details.prompt.details as {
      missingOIDCScope?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    sendPage(
      res,
      200,
      consentPage(world, {
        uid,
        clientName: await clientName(state, details),
        user,
        oidcScopes: promptDetails.missingOIDCScope ?? [],
        resourceScopes: promptDetails.missingResourceScopes ?? {},
      }),
    );
    return;
  }

  if (req.method !== 'POST') {
    problemPage(res, 405, 'Use the buttons on the sign-in page.');
    return;
  }
  const form = await readForm(req);
  if (action === 'login') {
    const user = findUser(world, form.get('user') ?? '');
    if (!user) {
      problemPage(res, 400, `No user "${form.get('user') ?? ''}" in this world. Pick one from the list.`);
      return;
    }
    if (hasPassword(user) && !passwordMatches(user, form.get('password') ?? '')) {
      // Logto's phrase for a wrong password (session.invalid_credentials); the page stays, as Logto's does.
      const problem = 'Incorrect account or password. Please check your input.';
      sendPage(res, 422, signInPage(world, uid!, await clientName(state, details), problem));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
    return;
  }
  if (action === 'consent' && details.session?.accountId) {
    const grantId = await grantConsent(state, details, form);
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    return;
  }
  if (action === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'End-User aborted interaction' },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  problemPage(res, 404, 'Unknown sign-in step.');
}
