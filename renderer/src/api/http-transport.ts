import {
  HTTP_CALL_PATH,
  HTTP_SECRET_HEADER,
  envelopeOfHttpAnswer,
  type ApiEnvelope,
  type Invoke,
} from '../../../shared/contract/transport';

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

/**
 * The browser host hands the page its per-launch secret in the URL fragment (never sent to a server).
 * Keep it for reloads of this tab only, and take it out of the address bar so it is not copied around.
 */
export function takeLaunchSecret(tab: LaunchSecretTab): string | undefined {
  const { location } = tab;
  const match = /(?:^#|&)launch=([A-Za-z0-9_-]+)/.exec(location.hash);
  const secret = match?.[1];
  if (secret) {
    const { pathname, search } = location;
    tab.later(() => {
      tab.storage().setItem(SECRET_KEY, secret);
      tab.history.replaceState(null, '', pathname + search);
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
