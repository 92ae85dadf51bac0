/**
 * What history, exports and the answer to a call keep of a replay: its URL, headers and bodies masked by the rules
 * every view shares (`shared/security/masking`), with the tokens of the session masked wherever they show up.
 */
import { maskBody, maskHeaderList, maskUrl, type KnownSecrets } from '../security/masking/mask.js';
import { isSecretHeader } from '../security/masking/secret-names.js';
import type { HistoryEntry, ReplayHeader, ReplayRequest, ReplayResponse } from './types.js';

export function maskReplayRequest(request: ReplayRequest, known: KnownSecrets = []): ReplayRequest {
  return {
    ...request,
    url: maskUrl(request.url, known),
    headers: maskHeaderList(request.headers, known),
    ...(request.body !== undefined ? { body: maskBody(request.body, known) } : {}),
  };
}

export function maskReplayResponse(response: ReplayResponse, known: KnownSecrets = []): ReplayResponse {
  return { ...response, headers: maskHeaderList(response.headers, known), body: maskBody(response.body, known) };
}

export function maskHistoryEntry(entry: HistoryEntry, known: KnownSecrets = []): HistoryEntry {
  return {
    ...entry,
    request: maskReplayRequest(entry.request, known),
    ...(entry.response ? { response: maskReplayResponse(entry.response, known) } : {}),
  };
}

/** For exports and saved requests: credential headers are dropped, so nothing masked passes for a real value. */
export function stripSecretHeaders(headers: ReplayHeader[]): ReplayHeader[] {
  return headers.filter((h) => !isSecretHeader(h.name));
}
