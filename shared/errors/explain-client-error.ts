import type { ClientAuthMethod } from '../contract/connection.js';
import type { Explained } from './explain-token-error.js';
import { explainUnexpectedAnswer } from './explain-unexpected-answer.js';

/** What the main side saw of the answer openid-client refused, so the explanation can quote it. */
export interface SeenAnswer {
  status?: number;
  /** The response's content-type, or undefined when it sent none. */
  contentType?: string;
  /** Where the answer came from (the discovery document, the token endpoint…). */
  url?: string;
  /** The issuer the discovery document named, when it differs from the one asked for. */
  discoveredIssuer?: string;
  authMethod?: ClientAuthMethod;
}

/**
 * openid-client's own refusals (oauth4webapi codes): the server answered, but not with something a conforming
 * client may accept. Pure, unit-tested.
 */
export function explainClientError(
  code: string | undefined,
  message: string,
  issuer: string,
  seen: SeenAnswer = {},
): Explained & { error: string } {
  const lower = message.toLowerCase();
  switch (code) {
    case 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED':
      if (lower.includes('issuer') || seen.discoveredIssuer !== undefined) {
        const named = seen.discoveredIssuer !== undefined ? `"${seen.discoveredIssuer}"` : 'a different issuer';
        return {
          error: 'issuer_mismatch',
          explanation: `The discovery document for ${issuer} names the issuer ${named} instead (OpenID Connect Discovery 1.0 §4.3 requires them to be identical, so one server cannot speak for another).`,
          fix:
            seen.discoveredIssuer !== undefined
              ? `Use ${seen.discoveredIssuer} as the issuer, exactly as the document states it (scheme, host, port, path and trailing slash), if that is the server you mean; otherwise the server's configured issuer is wrong (behind a proxy, its public URL).`
              : 'Use the issuer exactly as the document states it: same scheme, host, port and path, no trailing slash (for Logto: the endpoint followed by /oidc).',
        };
      }
      break;
    case 'OAUTH_RESPONSE_IS_NOT_JSON':
    case 'OAUTH_RESPONSE_IS_NOT_CONFORM':
      if (seen.status !== undefined) return explainUnexpectedAnswer({ ...seen, status: seen.status }, issuer);
      if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM') {
        return {
          error: 'unexpected_response',
          explanation: `The server answered with a status or shape no OAuth server sends here: ${message}.`,
          fix: 'Check the issuer URL (for Logto it ends with /oidc); the timeline shows the status and body that came back.',
        };
      }
      return {
        error: 'not_json',
        explanation: `The server's answer was not JSON: ${message}.`,
        fix: `Look at the raw response in the timeline: an HTML page usually means the URL points at a website or a proxy login, not at ${issuer}.`,
      };
    case 'OAUTH_PARSE_ERROR':
      return {
        error: 'not_json',
        explanation: `The server's answer was not JSON, or was cut short: ${message}.`,
        fix: `Look at the raw response in the timeline: an HTML page usually means the URL points at a website or a proxy login, not at ${issuer}; a cut-off body means the connection dropped.`,
      };
    case 'OAUTH_HTTP_REQUEST_FORBIDDEN':
    case 'OAUTH_REQUEST_PROTOCOL_FORBIDDEN':
      return {
        error: 'insecure_url',
        explanation: `${issuer} uses plain http on a remote host: tokens and secrets would cross the network in clear (OAuth 2.1 §1.5).`,
        fix: 'Use the https:// address of the server; plain http is allowed only for 127.0.0.1, ::1 and localhost.',
      };
    case 'OAUTH_INVALID_RESPONSE':
      if (lower.includes('state')) {
        return {
          error: 'state_mismatch',
          explanation:
            "The redirect's state does not belong to this sign-in (RFC 6749 §10.12), so it may be forged or from another attempt.",
          fix: 'Start the flow again and finish it in the same browser session.',
        };
      }
      if (lower.includes('iss')) {
        return {
          error: 'iss_mismatch',
          explanation: `The redirect's iss parameter does not name ${issuer} (RFC 9207 mix-up defence).`,
          fix: 'Make sure the sign-in was started against this issuer and that nothing rewrites the redirect.',
        };
      }
      break;
    case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
    case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
      return {
        error: 'id_token_invalid',
        explanation: `The ID token failed a check (OpenID Connect Core §3.1.3.7): ${message}.`,
        fix: lower.includes('nonce')
          ? 'The nonce differs from the one sent: start the sign-in again.'
          : "Check this machine's clock and that the issuer is the one that signed the token.",
      };
    case 'OAUTH_KEY_SELECTION_FAILED':
      return {
        error: 'key_not_found',
        explanation: `No key in the issuer's JWKS matches the ID token's header: ${message}.`,
        fix: 'The server may have rotated its keys; try again, or check jwks_uri in the discovery document.',
      };
    default:
      break;
  }
  return {
    error: 'client_error',
    explanation: `The server's answer did not pass openid-client's checks: ${message}.`,
    fix: 'Look at the raw response in the timeline; the server may not follow OAuth 2.0 / OpenID Connect here.',
  };
}
