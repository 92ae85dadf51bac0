/**
 * Drives the sandbox's own sign-in and consent forms over HTTP, the way a browser would (redirects, cookies, form
 * posts), and stops at the first redirect that leaves the sandbox: the app's callback URL. Not a test file itself.
 */
export interface SignInOptions {
  /** World user id to pick on the sign-in page. */
  user: string;
  /** The user's password, for a user the world gives one. */
  password?: string;
  /** "indicator scope" pairs to untick on the consent page. */
  untick?: string[];
  cookies?: Map<string, string>;
}

export function storeCookies(res: Response, jar: Map<string, string>): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    const name = pair!.slice(0, eq).trim();
    const value = pair!.slice(eq + 1).trim();
    if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

export function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

export function decodeEntities(value: string): string {
  return value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
}

export interface SignInResult {
  /** Where the sandbox finally sent the browser (the redirect_uri with code/state/iss, or an error). */
  callback: string;
  /** HTML of every sandbox page shown on the way. */
  pages: string[];
}

/** What a page makes the browser do next: send this request, or stop here. */
export type NextRequest = { url: URL; init: RequestInit } | undefined;

export interface Browsed {
  /** The first redirect that `leaves` accepted: where the browser went off the sandbox. */
  left?: string;
  /** HTML of every page shown, the last one included. */
  pages: string[];
}

/**
 * A browser over HTTP: follows redirects with a cookie jar, hands each page to `onPage` for the next request, and
 * stops at a redirect `leaves` accepts or when `onPage` has nothing more to send.
 */
export async function browse(
  start: URL | string,
  jar: Map<string, string>,
  onPage: (html: string, url: URL) => NextRequest,
  leaves: (next: URL) => boolean = () => false,
): Promise<Browsed> {
  const pages: string[] = [];
  let url = new URL(start);
  let init: RequestInit = {};
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers ?? {}), cookie: cookieHeader(jar) },
    });
    storeCookies(res, jar);
    init = {};
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      if (leaves(url)) return { left: url.href, pages };
      continue;
    }
    const html = await res.text();
    pages.push(html);
    if (res.status !== 200) throw new Error(`the sandbox answered ${res.status} at ${url.href}: ${html}`);
    const next = onPage(html, url);
    if (!next) return { pages };
    ({ url, init } = next);
  }
  throw new Error(`too many steps in the sandbox's pages from ${new URL(start).href}`);
}

export const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' };

/** Every scope the consent page offers, less those in `untick` ("indicator scope" pairs). */
export function consentBody(html: string, untick: readonly string[] = []): URLSearchParams {
  const skip = new Set(untick);
  const body = new URLSearchParams();
  for (const match of html.matchAll(/name="scope" value="([^"]*)"/g)) {
    const value = decodeEntities(match[1]!);
    if (!skip.has(value)) body.append('scope', value);
  }
  return body;
}

export async function signIn(authorizationUrl: URL | string, options: SignInOptions): Promise<SignInResult> {
  const origin = new URL(authorizationUrl).origin;
  const { left, pages } = await browse(
    authorizationUrl,
    options.cookies ?? new Map(),
    (html, url) => {
      const login = /action="([^"]*\/login)"/.exec(html);
      const consent = /action="([^"]*\/consent)"/.exec(html);
      if (login)
        return {
          url: new URL(decodeEntities(login[1]!), url),
          init: {
            method: 'POST',
            body: new URLSearchParams({
              user: options.user,
              ...(options.password ? { password: options.password } : {}),
            }),
            headers: FORM_HEADERS,
          },
        };
      if (consent)
        return {
          url: new URL(decodeEntities(consent[1]!), url),
          init: { method: 'POST', body: consentBody(html, options.untick), headers: FORM_HEADERS },
        };
      throw new Error(`unexpected sandbox page at ${url.href}: ${html.slice(0, 300)}`);
    },
    (next) => next.origin !== origin,
  );
  if (!left) throw new Error('the sandbox never redirected back to the app');
  return { callback: left, pages };
}
