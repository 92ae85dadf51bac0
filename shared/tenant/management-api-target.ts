/**
 * Where a Logto tenant's Management API is, and which resource indicator its tokens must name. Logto docs
 * ("Interact with Management API"): on Logto Cloud the indicator is `https://<tenant-id>.logto.app/api`; a
 * self-hosted Logto uses `https://default.logto.app/api`. The API itself is served at `<endpoint>/api`.
 */
export interface ManagementApiTarget {
  /** The tenant's endpoint (its issuer without `/oidc`). */
  endpoint: string;
  /** Base URL of the Management API routes: `<endpoint>/api`. */
  baseUrl: string;
  /** The RFC 8707 resource indicator the token is requested for. */
  indicator: string;
  /** Why this indicator: from a Logto Cloud host, the self-hosted default, or the user's own. */
  indicatorFrom: 'logto-cloud' | 'self-hosted' | 'override';
}

export const SELF_HOSTED_MANAGEMENT_API = 'https://default.logto.app/api';

const LOGTO_CLOUD_HOST = /^([a-z0-9]+)\.logto\.app$/i;

/** A Logto issuer is `<endpoint>/oidc`; anything else is taken as the endpoint itself. */
export function endpointOfIssuer(issuer: string): string {
  return issuer.replace(/\/+$/, '').replace(/\/oidc$/, '');
}

export function managementApiTarget(issuer: string, override?: string): ManagementApiTarget {
  const endpoint = endpointOfIssuer(issuer);
  const baseUrl = `${endpoint}/api`;
  if (override) return { endpoint, baseUrl, indicator: override, indicatorFrom: 'override' };
  let host = '';
  try {
    host = new URL(endpoint).hostname;
  } catch {
    // Not a URL: the self-hosted default, and the read will say the endpoint is unreachable.
  }
  const cloud = LOGTO_CLOUD_HOST.exec(host);
  return cloud && cloud[1] !== 'default'
    ? { endpoint, baseUrl, indicator: `https://${cloud[1]!.toLowerCase()}.logto.app/api`, indicatorFrom: 'logto-cloud' }
    : { endpoint, baseUrl, indicator: SELF_HOSTED_MANAGEMENT_API, indicatorFrom: 'self-hosted' };
}

/** Why the indicator is what it is, for the UI and for explanations of a refused token. */
export function describeIndicator(target: ManagementApiTarget): string {
  switch (target.indicatorFrom) {
    case 'logto-cloud':
      return `${target.indicator}: the endpoint is a Logto Cloud tenant, whose Management API is named after its tenant id.`;
    case 'self-hosted':
      return `${target.indicator}: the Management API of a self-hosted Logto (on Logto Cloud behind a custom domain, set the tenant's own https://<tenant-id>.logto.app/api instead).`;
    case 'override':
      return `${target.indicator}: set by you.`;
  }
}
