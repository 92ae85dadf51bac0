import type { ServerResponse } from 'node:http';
import type { ApiEnvelope, ApiErrorCode } from '../../../shared/contract/transport.js';

/** Each refusal of a call as an HTTP status; a service's answer (even a failure) is a 200 with its envelope. */
const STATUS_OF_REFUSAL: Record<ApiErrorCode, number> = {
  unknown_method: 404,
  bad_argument: 400,
  forbidden: 403,
  too_large: 413,
  internal: 200,
};

export function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...headers,
  });
  response.end(body);
}

export function sendText(response: ServerResponse, status: number, text: string): void {
  send(response, status, `${text}\n`, { 'content-type': 'text/plain; charset=utf-8' });
}

export function sendEnvelope(response: ServerResponse, envelope: ApiEnvelope, status?: number): void {
  const json = JSON.stringify(envelope);
  send(response, status ?? (envelope.ok ? 200 : STATUS_OF_REFUSAL[envelope.error.code]), json, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
  });
}

export function refuse(response: ServerResponse, code: ApiErrorCode, message: string, status?: number): void {
  sendEnvelope(response, { ok: false, error: { code, message } }, status);
}
