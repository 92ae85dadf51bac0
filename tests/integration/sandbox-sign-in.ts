/**
 * Drives the sandbox's own sign-in and consent forms over HTTP, the way a browser would (redirects, cookies, form
 * posts), and stops at the first redirect that leaves the sandbox: the app's callback URL. Not a test file itself.
 */
export interface SignInOptions {
  /** World user id to pick on the sign-in page. */
  user: string;
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

export async function signIn(authorizationUrl: URL | string, options: SignInOptions): Promise<SignInResult> {
  const jar = options.cookies ?? new Map<string, string>();
  const origin = new URL(authorizationUrl).origin;
  const pages: string[] = [];
  let url = new URL(authorizationUrl);
  let init: RequestInit = {};
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: cookieHeader(jar) } });
    storeCookies(res, jar);
    init = {};
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.origin !== origin) return { callback: next.href, pages };
      url = next;
      continue;
    }
    const html = await res.text();
    pages.push(html);
    if (res.status !== 200) throw new Error(`the sandbox answered ${res.status} at ${url.href}: ${html}`);
    const login = /action="([^"]*\/login)"/.exec(html);
    const consent = /action="([^"]*\/consent)"/.exec(html);
    if (login) {
      url = new URL(decodeEntities(login[1]!), url);
      init = { method: 'POST', body: new URLSearchParams({ user: options.user }), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    } else if (consent) {
      const untick = new Set(options.untick ?? []);
      const body = new URLSearchParams();
      for (const match of html.matchAll(/name="scope" value="([^"]*)"/g)) {
        const value = decodeEntities(match[1]!);
        if (!untick.has(value)) body.append('scope', value);
      }
      url = new URL(decodeEntities(consent[1]!), url);
      init = { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    } else {
      throw new Error(`unexpected sandbox page at ${url.href}: ${html.slice(0, 300)}`);
    }
  }
  throw new Error('too many redirects while signing in to the sandbox');
}
