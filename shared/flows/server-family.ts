/**
 * Which rules an authorization server follows where OAuth leaves them to the server (refresh token rotation, what a
 * failed refresh spends). Logto is recognised from what it publishes, never assumed: its reserved `urn:logto:` scopes
 * in the discovery document, or a Logto Cloud host. Everything else gets the generic rules of the RFCs.
 */
export interface ServerFamily {
  kind: 'logto' | 'other';
  /** Why, in words the user can check against the discovery document. */
  why: string;
}

export function serverFamily(issuer: string, metadata?: { scopes_supported?: unknown }): ServerFamily {
  const scopes = Array.isArray(metadata?.scopes_supported) ? (metadata.scopes_supported as unknown[]) : [];
  const logtoScope = scopes.find((s): s is string => typeof s === 'string' && s.startsWith('urn:logto:'));
  if (logtoScope) return { kind: 'logto', why: `its discovery document lists Logto's ${logtoScope} scope` };
  const host = URL.parse(issuer)?.hostname ?? '';
  if (host === 'logto.app' || host.endsWith('.logto.app'))
    return { kind: 'logto', why: `its host ${host} is Logto Cloud` };
  return { kind: 'other', why: 'its discovery document shows nothing of Logto' };
}
