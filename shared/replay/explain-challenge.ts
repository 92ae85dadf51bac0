/**
 * What a resource server's challenge means for the user, and what to change. RFC 6750 §3.1 defines the Bearer
 * error codes; Logto's APIs and most resource servers built on its SDKs answer with them.
 */
import type { Challenge } from './www-authenticate.js';
import {
  explainBoundTokenAsBearer,
  explainDpopWanted,
  explainInvalidDpopProof,
  explainUseDpopNonce,
} from './explain-dpop-challenge.js';
import { resourceMetadataUrl } from './resource-metadata-url.js';

export interface ChallengeExplanation {
  scheme: string;
  /** RFC 6750 §3.1 error code, absent when the server sent none (RFC 6750 §3.1: a request without a token). */
  error?: string;
  errorDescription?: string;
  errorUri?: string;
  realm?: string;
  /** RFC 6750 §3: the scopes the resource needs, from the challenge's `scope` attribute. */
  requiredScopes?: string[];
  /** Required scopes the token lacks, when the token's scopes are known. */
  missingScopes?: string[];
  /** RFC 9449 §7.1: the proof algorithms a DPoP challenge accepts (`algs`). */
  algs?: string[];
  /** RFC 9449 §9: the nonce the API sent in `DPoP-Nonce` with a use_dpop_nonce challenge. */
  dpopNonce?: string;
  /**
   * RFC 9728 §5.1: the URL of the API's protected-resource metadata (`resource_metadata`), when it is an absolute
   * http(s) URL; where a client that holds only the API's URL finds its authorization server.
   */
  resourceMetadata?: string;
  /** Why a `resource_metadata` the challenge carried is not usable (not an absolute http(s) URL). */
  resourceMetadataProblem?: string;
  title: string;
  explanation: string;
  fix: string;
}

export interface ExplainContext {
  status?: number;
  /** Whether the request carried a token at all. */
  sentToken?: boolean;
  /** The token's granted scopes (from its `scope` claim), when it could be read. */
  tokenScopes?: string[];
  /** How the token went: Bearer (RFC 6750 §2.1) or DPoP with a proof (RFC 9449 §7.1). */
  sentScheme?: 'Bearer' | 'DPoP';
  /** The token carries `cnf.jkt` (RFC 9449 §6.1). */
  tokenBound?: boolean;
  /** The `DPoP-Nonce` header of the answer (RFC 9449 §9). */
  dpopNonce?: string;
  /** The call was already sent again with the API's nonce. */
  retriedWithNonce?: boolean;
}

function scopeList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  // RFC 6750 §3: space-delimited, case-sensitive scope values.
  return value.split(' ').filter(Boolean);
}

function insufficientScope(base: ChallengeExplanation, context: ExplainContext): ChallengeExplanation {
  const required = base.requiredScopes;
  const missing =
    required && context.tokenScopes ? required.filter((s) => !context.tokenScopes!.includes(s)) : undefined;
  const needed = missing?.length ? missing : required;
  return {
    ...base,
    missingScopes: missing,
    title: 'The token lacks a permission (insufficient_scope)',
    explanation:
      (needed?.length
        ? `The API needs ${needed.map((s) => `"${s}"`).join(', ')}${missing?.length ? ', which the token does not have' : ''}. `
        : 'The API needs a scope the token does not have, and did not say which. ') +
      'RFC 6750 §3.1: the token is valid, but it was not granted enough. Logto drops requested scopes the user or app has no role for, without an error.',
    fix:
      `Request ${needed?.length ? needed.join(' ') : 'the scope'} with the token, and give the user (or the M2M app) a role that holds it ` +
      '(Logto Console → Roles → Permissions); then get a new token. Inspect the token to see which scopes it was granted.',
  };
}

/** RFC 9728 §5.1: what a challenge says of the API's metadata, appended to any explanation. */
function withResourceMetadata(explained: ChallengeExplanation, challenge: Challenge): ChallengeExplanation {
  const raw = challenge.params.resource_metadata;
  if (raw === undefined) return explained;
  const read = resourceMetadataUrl(raw);
  if ('problem' in read) return { ...explained, resourceMetadataProblem: read.problem };
  return {
    ...explained,
    resourceMetadata: read.url,
    explanation: `${explained.explanation} The API publishes its protected-resource metadata at ${read.url} (RFC 9728 §5.1): which authorization server issues its tokens, and its scopes.`,
  };
}

/** One explanation per challenge: RFC 6750's error codes, RFC 9449's for DPoP, and RFC 9728's `resource_metadata`. */
export function explainChallenge(challenge: Challenge, context: ExplainContext = {}): ChallengeExplanation {
  return withResourceMetadata(explainScheme(challenge, context), challenge);
}

function explainScheme(challenge: Challenge, context: ExplainContext): ChallengeExplanation {
  const scheme = challenge.scheme;
  const { error, error_description: errorDescription, error_uri: errorUri, realm } = challenge.params;
  const base: ChallengeExplanation = {
    scheme,
    ...(error ? { error } : {}),
    ...(errorDescription ? { errorDescription } : {}),
    ...(errorUri ? { errorUri } : {}),
    ...(realm ? { realm } : {}),
    ...(challenge.params.scope !== undefined ? { requiredScopes: scopeList(challenge.params.scope) } : {}),
    ...(challenge.params.algs !== undefined ? { algs: scopeList(challenge.params.algs) } : {}),
    title: '',
    explanation: '',
    fix: '',
  };
  const dpop = scheme.toLowerCase() === 'dpop';
  if (dpop && error === 'invalid_dpop_proof') return explainInvalidDpopProof(base);
  if (dpop && error === 'use_dpop_nonce') return explainUseDpopNonce(base, context);
  if (dpop && error === 'invalid_token' && context.tokenBound && context.sentScheme === 'Bearer')
    return explainBoundTokenAsBearer(base);
  if (dpop && error === undefined) return explainDpopWanted(base, context);
  const lower = scheme.toLowerCase();
  if (lower !== 'bearer' && lower !== 'dpop') {
    return {
      ...base,
      title: `The server asks for ${scheme} authentication`,
      explanation: `The server does not offer Bearer tokens here${realm ? ` (realm "${realm}")` : ''}: it wants the ${scheme} scheme.`,
      fix:
        lower === 'basic'
          ? 'Send a client id and secret with HTTP Basic (RFC 7617), or call the API the token was issued for.'
          : `Authenticate with ${scheme}, or check that the URL is the API your token is for.`,
    };
  }
  switch (error) {
    case 'invalid_token':
      return {
        ...base,
        title: 'The token was refused (invalid_token)',
        explanation:
          'RFC 6750 §3.1: the token is expired, revoked, malformed, signed by another issuer, or issued for another API (its `aud` is not this resource). ' +
          'An opaque Logto token (sent when no resource was requested) is refused by every API.' +
          (dpop
            ? " In the DPoP scheme it may also be the key binding: a proof signed by another key than the one named in the token's cnf.jkt, or a token not bound at all (RFC 9449 §7.1)."
            : ''),
        fix: "Inspect the token: check `exp`, `iss` and that `aud` is this API's resource indicator. Request a new token with the right `resource`.",
      };
    case 'insufficient_scope':
      return insufficientScope(base, context);
    case 'invalid_request':
      return {
        ...base,
        title: 'The request is malformed (invalid_request)',
        explanation:
          'RFC 6750 §3.1: a parameter is missing, repeated or unsupported, or the token was sent in more than one way (header, body and query at once).',
        fix: "Send the token once, in the header: `Authorization: Bearer <token>` (RFC 6750 §2.1), and check the request's other parameters.",
      };
    case undefined:
      return {
        ...base,
        title: context.sentToken === false ? 'No token was sent' : 'The server wants a token',
        explanation:
          context.sentToken === false
            ? `RFC 6750 §3.1: the request carried no credentials, so the server answers with a bare ${scheme} challenge and no error code.`
            : `The server answered with a ${scheme} challenge without an error code: it did not find a token it could read (RFC 6750 §3.1).`,
        fix: 'Pick a token for this API (one requested with its resource indicator) and send it again.',
      };
    default:
      return {
        ...base,
        title: `The server refused the token (${error})`,
        explanation: `"${error}" is not one of RFC 6750's codes; it comes from this server.${errorDescription ? ` It says: ${errorDescription}` : ''}`,
        fix: errorUri
          ? `Read ${errorUri} for what the server means.`
          : "Check the server's documentation for this error code.",
      };
  }
}
