/** Two answers to the same call (e.g. sent with two tokens) side by side: what differs, and what does not. */
import { diffJson, type JsonChange } from './json-diff.js';
import type { ReplayHeader, ReplayResponse } from './types.js';

export interface HeaderDifference {
  name: string;
  before?: string;
  after?: string;
  /** Differs on every call (Date…): shown, but not a difference the tokens made. */
  volatile: boolean;
}

export interface ResponseDiff {
  status: { before: number; after: number; same: boolean };
  headers: HeaderDifference[];
  /** JSON bodies: changes by path. Other bodies: `bodyTextSame` only. */
  bodyChanges?: JsonChange[];
  bodyTextSame: boolean;
  bodyKind: 'json' | 'text';
  /** Nothing but volatile headers differs. */
  same: boolean;
}

const VOLATILE = new Set([
  'date',
  'age',
  'x-request-id',
  'x-response-time',
  'etag',
  'last-modified',
  'expires',
  'keep-alive',
  'connection',
]);

function headerMap(headers: ReplayHeader[]): Map<string, string> {
  const map = new Map<string, string>();
  // RFC 9110 §5.3: repeated field lines combine with ", ".
  for (const h of headers) {
    const name = h.name.toLowerCase();
    map.set(name, map.has(name) ? `${map.get(name)}, ${h.value}` : h.value);
  }
  return map;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function diffResponses(before: ReplayResponse, after: ReplayResponse): ResponseDiff {
  const a = headerMap(before.headers);
  const b = headerMap(after.headers);
  const headers: HeaderDifference[] = [];
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (a.get(name) === b.get(name)) continue;
    headers.push({ name, before: a.get(name), after: b.get(name), volatile: VOLATILE.has(name) });
  }
  const jsonBefore = parseJson(before.body);
  const jsonAfter = parseJson(after.body);
  const bodyKind = jsonBefore.ok && jsonAfter.ok ? 'json' : 'text';
  const bodyChanges = jsonBefore.ok && jsonAfter.ok ? diffJson(jsonBefore.value, jsonAfter.value) : undefined;
  const bodyTextSame = before.body === after.body;
  const status = { before: before.status, after: after.status, same: before.status === after.status };
  const bodySame = bodyChanges ? bodyChanges.length === 0 : bodyTextSame;
  return {
    status,
    headers,
    ...(bodyChanges ? { bodyChanges } : {}),
    bodyTextSame,
    bodyKind,
    same: status.same && bodySame && headers.every((h) => h.volatile),
  };
}
