import * as oidc from 'openid-client';
import type { FlowError } from '../../../shared/contract/flow.js';
import { explainTokenError, type TokenErrorContext } from '../../../shared/errors/explain-token-error.js';
import { explainNetworkError } from '../../../shared/errors/explain-network-error.js';

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; name?: string } })?.cause;
  return cause?.code ?? (error as { code?: string })?.code ?? cause?.name ?? (error as Error)?.name;
}

/** Anything openid-client or fetch can throw, as a FlowError that says what happened and what to change. */
export function toFlowError(error: unknown, context: TokenErrorContext): FlowError {
  if (error instanceof oidc.ResponseBodyError) {
    const explained = explainTokenError(
      { error: error.error, errorDescription: error.error_description, status: error.status },
      context,
    );
    return { error: error.error, errorDescription: error.error_description, status: error.status, ...explained };
  }
  if (error instanceof oidc.ClientError) {
    // openid-client's own checks: a discovery document whose issuer does not match, a response that is not JSON…
    return {
      error: error.code ?? 'client_error',
      errorDescription: error.message,
      explanation: `The server's answer did not pass openid-client's checks: ${error.message}.`,
      fix: error.message.includes('issuer')
        ? `Use the issuer exactly as the server's discovery document states it (for Logto: the endpoint followed by /oidc).`
        : 'Look at the raw response in the timeline; the server may not be an OAuth 2.0 / OpenID Connect server.',
    };
  }
  const message = (error as Error)?.message ?? String(error);
  const { error: code, ...explained } = explainNetworkError(networkCode(error), (error as { cause?: Error })?.cause?.message ?? message, context.issuer);
  return { error: code, errorDescription: message, ...explained };
}
