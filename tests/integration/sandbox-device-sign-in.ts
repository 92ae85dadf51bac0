import { browse, consentBody, decodeEntities, FORM_HEADERS } from './sandbox-sign-in.js';

/**
 * The user's side of the device flow (RFC 8628 §3.3) over HTTP, the way a browser does it: open the verification
 * URI, type the code, confirm it, sign in and consent on the sandbox's pages. Not a test file itself.
 */
export interface DeviceSignInOptions {
  /** World user id to pick on the sign-in page. */
  user: string;
  /** Where the user refuses instead: Deny on the code confirmation page, or Cancel on the sign-in page. */
  refuseAt?: 'confirm' | 'sign-in';
}

export interface DeviceSignInResult {
  /** HTML of the page the user ends on (success, or the code page with what went wrong). */
  finalPage: string;
  /** HTML of every page on the way, the last one included. */
  pages: string[];
}

function hiddenFields(form: string): URLSearchParams {
  const fields = new URLSearchParams();
  for (const match of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
    fields.append(match[1]!, decodeEntities(match[2]!));
  return fields;
}

function formOf(html: string, id: string): { action: string; body: string } | undefined {
  const match = new RegExp(`<form id="${id.replace('.', '\\.')}"[^>]*action="([^"]*)"[^>]*>([\\s\\S]*?)</form>`).exec(
    html,
  );
  return match ? { action: decodeEntities(match[1]!), body: match[2]! } : undefined;
}

export async function confirmDeviceCode(
  verificationUri: string,
  userCode: string,
  options: DeviceSignInOptions,
): Promise<DeviceSignInResult> {
  const { pages } = await browse(verificationUri, new Map(), (html, url) => {
    const input = formOf(html, 'op.deviceInputForm');
    const confirm = formOf(html, 'op.deviceConfirmForm');
    const login = /action="([^"]*\/login)"/.exec(html);
    const abort = /action="([^"]*\/abort)"/.exec(html);
    const consent = /action="([^"]*\/consent)"/.exec(html);
    // The code page comes back with what went wrong once a code was typed; the user stops there.
    if (input && !/role="alert"/.test(html)) {
      const body = hiddenFields(input.body);
      body.set('user_code', userCode);
      return { url: new URL(input.action, url), init: { method: 'POST', body, headers: FORM_HEADERS } };
    }
    if (confirm) {
      const body = hiddenFields(confirm.body);
      if (options.refuseAt === 'confirm') body.set('abort', 'yes');
      return { url: new URL(confirm.action, url), init: { method: 'POST', body, headers: FORM_HEADERS } };
    }
    if (login && abort) {
      const refuse = options.refuseAt === 'sign-in';
      return {
        url: new URL(decodeEntities((refuse ? abort : login)[1]!), url),
        init: {
          method: 'POST',
          body: new URLSearchParams(refuse ? { abort: '1' } : { user: options.user }),
          headers: FORM_HEADERS,
        },
      };
    }
    if (consent)
      return {
        url: new URL(decodeEntities(consent[1]!), url),
        init: { method: 'POST', body: consentBody(html), headers: FORM_HEADERS },
      };
    return undefined;
  });
  return { finalPage: pages.at(-1) ?? '', pages };
}
