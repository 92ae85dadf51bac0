import type { HttpCapture } from '../flows/http-capture.js';
import { REQUEST_TIMEOUT_SECONDS } from '../flows/issuer-discovery.js';

/**
 * The most of a metadata document or an API answer the chain reads. Metadata is a few hundred bytes; a bigger
 * answer is the wrong document, and reading it whole would let a server hold memory.
 */
export const DOCUMENT_SIZE_LIMIT = 256 * 1024;

export interface DocumentAnswer {
  status?: number;
  contentType?: string;
  body?: string;
  /** Every `WWW-Authenticate` value (fetch joins repeated fields with ", ", which the parser reads as one list). */
  wwwAuthenticate: string[];
  /** RFC 9449 §8: a nonce the API wants in the next DPoP proof. */
  dpopNonce?: string;
  /** No answer (refused, DNS, TLS, timeout), or an answer over the size limit. */
  error?: string;
}

/**
 * One GET through the chain's capture, so it shows on the timeline like every flow request. Redirects are not
 * followed (as openid-client does for discovery): a metadata URL that moves is reported with its status.
 */
export async function getDocument(
  capture: HttpCapture,
  url: string,
  headers: Record<string, string> = {},
): Promise<DocumentAnswer> {
  let response: Response;
  try {
    response = await capture.fetch(url, {
      method: 'GET',
      headers: { accept: 'application/json', ...headers },
      body: undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_SECONDS * 1000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { wwwAuthenticate: [], error: cause?.code ?? cause?.message ?? (error as Error).message };
  }
  const www = response.headers.get('www-authenticate');
  const answer: DocumentAnswer = {
    status: response.status,
    contentType: response.headers.get('content-type') ?? undefined,
    wwwAuthenticate: www ? [www] : [],
    ...(response.headers.get('dpop-nonce') ? { dpopNonce: response.headers.get('dpop-nonce')! } : {}),
  };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > DOCUMENT_SIZE_LIMIT) {
    await response.body?.cancel();
    return { ...answer, error: `the answer is ${length} bytes, over the ${DOCUMENT_SIZE_LIMIT}-byte limit` };
  }
  try {
    const body = await response.text();
    if (body.length > DOCUMENT_SIZE_LIMIT)
      return { ...answer, error: `the answer is over the ${DOCUMENT_SIZE_LIMIT}-byte limit` };
    return { ...answer, body };
  } catch (error) {
    return { ...answer, error: `the body could not be read: ${(error as Error).message}` };
  }
}
