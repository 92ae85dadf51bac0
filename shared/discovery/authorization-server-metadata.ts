import { fail, type StepOutcome } from './chain-step.js';

/** One try at the authorization server's metadata: RFC 8414 (`oauth2`) or OpenID Connect Discovery (`oidc`). */
export interface ServerMetadataAttempt {
  kind: 'oauth2' | 'oidc';
  url: string;
  /** Why this try did not give usable metadata (a 404, an issuer that does not match, no answer…). */
  problem?: string;
}

export interface ServerMetadataSummary {
  issuer: string;
  registration_endpoint?: string;
  scopes_supported?: string[];
  dpop_signing_alg_values_supported?: string[];
  code_challenge_methods_supported?: string[];
}

const NAMES = { oauth2: 'RFC 8414', oidc: 'OpenID Connect Discovery' } as const;

/**
 * RFC 8414 §3 first, then OpenID Connect Discovery 1.0 §4: the first that answers metadata whose `issuer` is the
 * one asked for (RFC 8414 §3.3, checked by openid-client) is the server's. Neither: the chain breaks here.
 */
export function serverMetadataOutcome(
  issuer: string,
  attempts: ServerMetadataAttempt[],
  found?: { kind: 'oauth2' | 'oidc'; metadata: ServerMetadataSummary },
): StepOutcome<ServerMetadataSummary> {
  const failed = attempts.filter((a) => a.problem);
  if (found) {
    const before = failed.length ? ` (${failed.map((a) => `${a.url}: ${a.problem}`).join('; ')})` : '';
    const registration = found.metadata.registration_endpoint
      ? `registration at ${found.metadata.registration_endpoint}`
      : 'no registration_endpoint';
    const dpop = found.metadata.dpop_signing_alg_values_supported?.length ? 'DPoP' : 'no DPoP';
    return {
      ok: true,
      value: found.metadata,
      summary: `${NAMES[found.kind]} metadata of ${issuer}${before}: ${registration}, ${dpop}.`,
      rule: 'RFC 8414 §3 first, then OpenID Connect Discovery §4; the answer must name the issuer asked for.',
    };
  }
  return fail(
    'authorization-server-without-metadata',
    `The authorization server ${issuer}, named by the API's metadata, published no metadata: ${failed
      .map((a) => `${NAMES[a.kind]} at ${a.url}: ${a.problem}`)
      .join('; ')}.`,
    `Check that ${issuer} is the issuer exactly as the server spells it (a Logto tenant's is its endpoint ` +
      "followed by /oidc), and correct authorization_servers in the API's metadata if not.",
  );
}
