import * as oidc from 'openid-client';
import { isLoopbackUrl } from '../../../shared/net/loopback.js';
import {
  authorizationServerMetadataUrls,
  serverMetadataOutcome,
  type ServerMetadataAttempt,
  type ServerMetadataSummary,
  type StepOutcome,
} from '../../../shared/discovery/discovery-chain.js';
import { REQUEST_TIMEOUT_SECONDS } from '../flows/issuer-discovery.js';
import type { HttpCapture } from '../flows/http-capture.js';

/** What a failed discovery showed: openid-client puts the refused Response in the error's cause. */
function problemOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Response) return `${cause.status} status`;
  const attribute = (cause as { attribute?: string; body?: { issuer?: unknown } } | undefined)?.attribute;
  if (attribute === 'issuer') {
    const named = JSON.stringify((cause as { body?: { issuer?: unknown } }).body?.issuer);
    return `its issuer is ${named}, not the one asked for (RFC 8414 §3.3)`;
  }
  const code = (cause as { code?: string } | undefined)?.code;
  return code ? `no answer (${code})` : (error as Error).message;
}

export type FoundServer = { kind: 'oauth2' | 'oidc'; config: oidc.Configuration };

export const discoveryOptions = (issuer: string, capture: HttpCapture, kind: 'oauth2' | 'oidc') => {
  const options: oidc.DiscoveryRequestOptions = {
    algorithm: kind,
    timeout: REQUEST_TIMEOUT_SECONDS,
    [oidc.customFetch]: capture.fetch,
  };
  // Plain http only to this machine (a local Logto, the sandbox), as the flows allow.
  if (isLoopbackUrl(issuer)) options.execute = [oidc.allowInsecureRequests];
  return options;
};

/**
 * RFC 8414 first, then OpenID Connect Discovery, through openid-client (which checks the issuer, RFC 8414 §3.3).
 * The configuration found is kept for the rest of the chain; openid-client needs a client id, and the chain has
 * none yet, so a placeholder stands in until a client is picked or registered.
 */
export async function discoverAuthorizationServer(
  issuer: string,
  capture: HttpCapture,
): Promise<StepOutcome<ServerMetadataSummary> & { found?: FoundServer }> {
  const attempts: ServerMetadataAttempt[] = [];
  for (const { kind, url } of authorizationServerMetadataUrls(issuer)) {
    try {
      const config = await oidc.discovery(new URL(issuer), 'tokenscope', undefined, oidc.None(), {
        ...discoveryOptions(issuer, capture, kind),
      });
      attempts.push({ kind, url });
      const metadata = config.serverMetadata() as unknown as ServerMetadataSummary;
      return { ...serverMetadataOutcome(issuer, attempts, { kind, metadata }), found: { kind, config } };
    } catch (error) {
      attempts.push({ kind, url, problem: problemOf(error) });
    }
  }
  return serverMetadataOutcome(issuer, attempts);
}
