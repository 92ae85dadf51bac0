import {
  HTTP_CALL_PATH,
  HTTP_SECRET_HEADER,
  envelopeOfHttpAnswer,
  type ApiEnvelope,
  type Invoke,
} from '../../../shared/contract/transport';

const SECRET_KEY = 'tokenscope.launch-secret';

/**
 * The browser host hands the page its per-launch secret in the URL fragment (never sent to a server).
 * Keep it for reloads of this tab only, and take it out of the address bar so it is not copied around.
 */
export function takeLaunchSecret(location: Location, storage: Storage, history: History): string | undefined {
  const match = /(?:^#|&)launch=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(SECRET_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(SECRET_KEY) ?? undefined;
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
