import * as oidc from 'openid-client';
import type { FlowError } from '../../../shared/contract/flow.js';
import { explainTokenError, type TokenErrorContext } from '../../../shared/errors/explain-token-error.js';
import { explainNetworkError } from '../../../shared/errors/explain-network-error.js';
import { explainClientError, type SeenAnswer } from '../../../shared/errors/explain-client-error.js';

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; name?: string } })?.cause;
  return cause?.code ?? (error as { code?: string })?.code ?? cause?.name ?? (error as Error)?.name;
}

/** Why a flow stopped without an answer from the server, in one place: the user stopped it, or closed its window. */
export const SIGN_IN_CANCELLED: FlowError = {
  error: 'cancelled',
  explanation: 'You stopped waiting for this sign-in; a redirect that still comes back for it is refused.',
  fix: 'Start the sign-in again when you are ready.',
};

/** `message`: what the in-app window reported (closed, timed out, could not load the provider). */
export function signInWindowClosed(message: string): FlowError {
  return {
    error: 'sign_in_window_closed',
    explanation: message,
    fix: 'Start the sign-in again; to sign in in your browser instead, turn the in-app window off.',
  };
}

/** The user stopped waiting for a device code. */
export const DEVICE_CANCELLED: FlowError = {
  error: 'cancelled',
  explanation:
    'You stopped waiting for this device code, so Tokenscope stopped polling the token endpoint (RFC 8628 §3.4).',
  fix: 'Start the device flow again for a new code.',
};

/** Errors while a response body streams in (undici: the socket closed, or the body timed out). */
const READ_FAILURES = new Set([
  'ECONNRESET',
  'UND_ERR_SOCKET',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_ABORTED',
  'TimeoutError',
]);

/** The socket or timeout error somewhere down the cause chain (openid-client → oauth4webapi → fetch → undici). */
function readFailure(error: unknown): { code: string; message: string } | undefined {
  let current = (error as { cause?: unknown }).cause;
  for (let depth = 0; current && depth < 6; depth += 1) {
    const { code, name, message } = current as { code?: string; name?: string; message?: string };
    const found = [code, name].find((c) => c && READ_FAILURES.has(c));
    if (found) return { code: found, message: message ?? found };
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * What the refused answer showed: openid-client puts the Response itself in the cause of a bad status or content type,
 * and the document it compared in the cause of an issuer mismatch.
 */
function seenAnswer(error: oidc.ClientError, context: TokenErrorContext): SeenAnswer {
  const seen: SeenAnswer = { authMethod: context.authMethod };
  const cause = error.cause;
  if (cause instanceof Response) {
    seen.status = cause.status;
    seen.contentType = cause.headers.get('content-type') ?? undefined;
    if (cause.url) seen.url = cause.url;
  }
  // openid-client's discovery puts the comparison in the cause itself; oauth4webapi one level further down.
  type Compared = { attribute?: unknown; body?: { issuer?: unknown }; cause?: Compared } | undefined;
  for (const compared of [cause as Compared, (cause as Compared)?.cause]) {
    if (compared?.attribute === 'issuer' && typeof compared.body?.issuer === 'string')
      seen.discoveredIssuer = compared.body.issuer;
  }
  return seen;
}

/** Anything openid-client or fetch can throw, as a FlowError that says what happened and what to change. */
export function toFlowError(error: unknown, context: TokenErrorContext): FlowError {
  if (error instanceof oidc.ResponseBodyError || error instanceof oidc.AuthorizationResponseError) {
    // AuthorizationResponseError: the error came back on the redirect (RFC 6749 §4.1.2.1), so there is no status.
    const status = error instanceof oidc.ResponseBodyError ? error.status : undefined;
    const explained = explainTokenError(
      { error: error.error, errorDescription: error.error_description, status, stage: status ? 'token' : 'authorize' },
      context,
    );
    return { error: error.error, errorDescription: error.error_description, status, ...explained };
  }
  if (error instanceof oidc.WWWAuthenticateChallengeError) {
    const challenge = error.cause[0];
    const code = String(challenge?.parameters.error ?? 'invalid_token');
    const explained = explainTokenError(
      { error: code, errorDescription: challenge?.parameters.error_description, status: error.status },
      context,
    );
    return {
      error: code,
      errorDescription: challenge?.parameters.error_description,
      status: error.status,
      ...explained,
    };
  }
  // openid-client turns fetch's TimeoutError / AbortError into these codes; they are network failures, not bad answers.
  if (error instanceof oidc.ClientError && error.code === 'OAUTH_TIMEOUT') {
    const { error: code, ...explained } = explainNetworkError(
      'TimeoutError',
      error.message,
      context.issuer,
      context.timeoutSeconds,
    );
    return { error: code, errorDescription: error.message, ...explained };
  }
  if (error instanceof oidc.ClientError && error.code === 'OAUTH_ABORT' && context.grant === 'device_code') {
    return { ...DEVICE_CANCELLED, errorDescription: error.message };
  }
  if (error instanceof oidc.ClientError && error.code === 'OAUTH_ABORT') {
    return {
      error: 'aborted',
      errorDescription: error.message,
      explanation: 'The flow was stopped before the server answered.',
      fix: 'Run the flow again when you are ready.',
    };
  }
  // The body broke off while openid-client read it: a network failure, which oauth4webapi reports as a parse error.
  const cut = error instanceof oidc.ClientError && error.code === 'OAUTH_PARSE_ERROR' ? readFailure(error) : undefined;
  if (cut) {
    const { error: code, ...explained } = explainNetworkError(
      cut.code,
      cut.message,
      context.issuer,
      context.timeoutSeconds,
    );
    return { error: code, errorDescription: cut.message, ...explained };
  }
  if (error instanceof oidc.ClientError && error.code && error.code !== 'ERR_INVALID_URL') {
    const seen = seenAnswer(error, context);
    const { error: code, ...explained } = explainClientError(error.code, error.message, context.issuer, seen);
    return {
      error: code,
      errorDescription: error.message,
      ...(seen.status !== undefined ? { status: seen.status } : {}),
      ...explained,
    };
  }
  if ((error as { deviceUnsupported?: boolean })?.deviceUnsupported) {
    return {
      error: 'device_flow_unsupported',
      explanation: `${context.issuer} advertises no device_authorization_endpoint in its discovery document, so it does not offer the device flow (RFC 8628).`,
      fix: 'Use the authorization code flow with a loopback redirect instead, or turn the device flow on at the server (Logto: a Native app of type "device", on versions that support it).',
    };
  }
  const message = (error as Error)?.message ?? String(error);
  const { error: code, ...explained } = explainNetworkError(
    networkCode(error),
    (error as { cause?: Error })?.cause?.message ?? message,
    context.issuer,
    context.timeoutSeconds,
  );
  return { error: code, errorDescription: message, ...explained };
}
