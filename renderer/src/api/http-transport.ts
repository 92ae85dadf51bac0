import {
  HTTP_CALL_PATH,
  HTTP_SECRET_HEADER,
  envelopeOfHttpAnswer,
  type ApiEnvelope,
  type Invoke,
} from '../../../shared/contract/transport';
import { LAUNCH_SECRET_PARAMETER } from '../../../shared/contract/launch-page';

const SECRET_KEY = 'tokenscope.launch-secret';

/** The parts of a browser tab the launch secret lives in. */
export interface LaunchSecretTab {
  location: Location;
  history: History;
  /**
   * A getter, touched only when needed: the first use of sessionStorage in a fresh tab opens its storage area, a
   * synchronous round trip to the browser process that cost 40-100 ms of the first screen here (issue 18).
   */
  storage(): Storage;
  /** Runs work once the first screen is up: keeping the secret for reloads and cleaning the address bar can wait. */
  later(work: () => void): void;
}

/** The address without the launch secret: it leaves the address bar, so it is not copied around or bookmarked. */
function withoutSecret({ pathname, search, hash }: Location): string {
  const drop = (parts: string) =>
    parts.split('&').filter((part) => part && !part.startsWith(`${LAUNCH_SECRET_PARAMETER}=`));
  const query = drop(search.slice(1)).join('&');
  const fragment = drop(hash.slice(1)).join('&');
  return pathname + (query ? `?${query}` : '') + (fragment ? `#${fragment}` : '');
}

/**
 * The browser host hands the page its per-launch secret in the launch address's query (`/?launch=…`), so it can put
 * the first screen inside the page (`shared/contract/launch-page.ts`); an address from before carried it in the
 * fragment, which is still read. Keep it for reloads of this tab only, and take it out of the address bar.
 */
export function takeLaunchSecret(tab: LaunchSecretTab): string | undefined {
  const { location } = tab;
  const pattern = new RegExp(`(?:^[?#]|&)${LAUNCH_SECRET_PARAMETER}=([A-Za-z0-9_-]+)`);
  const secret = pattern.exec(location.search)?.[1] ?? pattern.exec(location.hash)?.[1];
  if (secret) {
    const cleanAddress = withoutSecret(location);
    tab.later(() => {
      tab.storage().setItem(SECRET_KEY, secret);
      tab.history.replaceState(null, '', cleanAddress);
    });
    return secret;
  }
  return tab.storage().getItem(SECRET_KEY) ?? undefined;
}

const STOPPED_MESSAGE = 'Tokenscope stopped answering. Start it again (npm start) and reload this page.';
const STOPPED: ApiEnvelope = { ok: false, error: { code: 'internal', message: STOPPED_MESSAGE } };

export function createHttpInvoke(secret: string | undefined): Invoke {
  return async (method, argument) => {
    const body = JSON.stringify(argument ?? null);
    let response: Response;
    try {
      response = await fetch(`${HTTP_CALL_PATH.slice(1)}${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { [HTTP_SECRET_HEADER]: secret } : {}) },
        body,
      });
    } catch {
      return STOPPED;
    }
    try {
      return envelopeOfHttpAnswer(response.status, await response.text());
    } catch {
      return STOPPED;
    }
  };
}
