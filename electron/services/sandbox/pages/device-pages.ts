import type { KoaContextWithOIDC, OidcClient } from 'oidc-provider';
import { escapeHtml, page } from './interaction-pages.js';
import { PAGE_HEADERS } from './interaction-routes.js';

/**
 * The device flow's pages on the user's second screen (RFC 8628 §3.3), in the sandbox's own look: oidc-provider's
 * defaults load web fonts, and the sandbox runs offline. oidc-provider hands each page its form (with its xsrf
 * token); the sign-in itself goes through the sandbox's usual /interaction pages.
 */

function clientLabel(client: OidcClient | undefined): string {
  const named = client as (OidcClient & { clientName?: string }) | undefined;
  return named?.clientName ?? named?.clientId ?? 'the device';
}

/**
 * oidc-provider's input form selects the code on focus with an inline `onfocus` handler, which the pages' CSP
 * (no script at all) refuses and Chromium logs as an error. The input keeps `autofocus`; selecting is a nicety.
 */
function withoutInlineHandlers(form: string): string {
  return form.replace(/\son[a-z]+\s*=\s*"[^"]*"/gi, '');
}

function render(ctx: KoaContextWithOIDC, title: string, body: string): void {
  ctx.set('content-security-policy', PAGE_HEADERS['content-security-policy']);
  ctx.type = 'html';
  ctx.body = page(title, body);
}

/** What went wrong with the code the user typed, and what to do; oidc-provider names its re-render errors. */
function inputProblem(
  out: Record<string, unknown> | undefined,
  err: (Error & { userCode?: string }) | undefined,
): string | undefined {
  if (!err) return undefined;
  switch (err.name) {
    case 'NoCodeError':
      return 'Type the code your device shows first.';
    case 'NotFoundError':
      return `"${err.userCode ?? ''}" is not a code this sandbox handed out. Check it against your device (the dash is optional; letters are not case-sensitive).`;
    case 'ExpiredError':
      // RFC 8628 §3.2: the device code and its user code live for expires_in seconds.
      return 'This code has expired. Start the sign-in again on the device to get a new one.';
    case 'AlreadyUsedError':
      return 'This code was already used. Start the sign-in again on the device to get a new one.';
    case 'AbortedError':
      // RFC 8628 §3.5: the device's next poll gets access_denied.
      return 'You denied the request. The device is told access_denied; you can close this page.';
    default:
      return `The sandbox could not go on: ${String(out?.error ?? err.name)}${out?.error_description ? ` (${String(out.error_description)})` : ''}. Start the sign-in again on the device.`;
  }
}

/** features.deviceFlow.userCodeInputSource: where verification_uri lands. */
export async function userCodeInputPage(
  ctx: KoaContextWithOIDC,
  form: string,
  out?: Record<string, unknown>,
  err?: Error & { userCode?: string },
): Promise<void> {
  const problem = inputProblem(out, err);
  render(
    ctx,
    'Device sign-in',
    `<h1>Sign in a device</h1>
${problem ? `<p class="lacks" role="alert">${escapeHtml(problem)}</p>` : '<p>Type the code your device shows.</p>'}
${withoutInlineHandlers(form)}
<button type="submit" form="op.deviceInputForm">Continue</button>`,
  );
}

/** features.deviceFlow.userCodeConfirmSource: RFC 8628 §5.4, the user checks the code is the one on their device. */
export async function userCodeConfirmPage(
  ctx: KoaContextWithOIDC,
  form: string,
  client: OidcClient,
  deviceInfo: { ip?: string; ua?: string } | undefined,
  userCode: string,
): Promise<void> {
  const from = [deviceInfo?.ua, deviceInfo?.ip].filter(Boolean).join(' at ');
  render(
    ctx,
    'Confirm device',
    `<h1>Sign in ${escapeHtml(clientLabel(client))}?</h1>
<p>Your device should show this code:</p>
<p><code class="user-code" style="font-size:2em">${escapeHtml(userCode)}</code></p>
${from ? `<p class="muted">Requested by ${escapeHtml(from)}.</p>` : ''}
<p>Continue only if the code matches and you started this sign-in; someone else may have sent you this link.</p>
${withoutInlineHandlers(form)}
<button autofocus type="submit" form="op.deviceConfirmForm">Continue</button>
<button type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Deny</button>`,
  );
}

/** features.deviceFlow.successSource: shown once the code carries the grant; the device's next poll gets tokens. */
export async function deviceSignedInPage(ctx: KoaContextWithOIDC): Promise<void> {
  render(
    ctx,
    'Device signed in',
    `<h1>Device signed in</h1><p>${escapeHtml(clientLabel(ctx.oidc.client))} gets its tokens on its next poll. You can close this page.</p>`,
  );
}
