import { createHash } from 'node:crypto';
import { TENANT_READ_LIMITS } from '../../../shared/tenant/read-limits.js';
import type { ManagementCredentials } from './management-token.js';

/** A Management API token kept for the next reads, and when it was obtained (the read's timeline says so). */
export interface CachedManagementToken {
  accessToken: string;
  grantedScope?: string;
  /** Epoch ms: when it was asked for (its lifetime counts from there at the latest). */
  obtainedAt: number;
  /** Epoch ms: obtainedAt + expires_in. */
  expiresAt: number;
}

interface Entry extends CachedManagementToken {
  /** The secret it was obtained with, hashed: a changed secret never reuses a token of the old one. */
  secret: string;
}

const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/**
 * Management API tokens per (issuer, client id, resource), in memory only, as any client of an API reuses its
 * still-valid token instead of asking for one per call: Logto's machine-to-machine tokens live an hour by default
 * (its docs, "Interact with Management API"), so every read within that hour saves its discovery and token request.
 * A token is reused only while it outlives a whole read (`remainingMs`, the read's bound), so it cannot run out
 * mid-read. Dropped by the reader when the Management API refuses it, and by the tenant service when the user
 * changes the access.
 */
export class ManagementTokenCache {
  private readonly tokens = new Map<string, Entry>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly remainingMs: number = TENANT_READ_LIMITS.readTimeoutSeconds * 1000,
  ) {}

  get(issuer: string, credentials: ManagementCredentials, resource: string): CachedManagementToken | undefined {
    const key = keyOf(issuer, credentials.clientId, resource);
    const entry = this.tokens.get(key);
    if (!entry) return undefined;
    if (entry.secret !== digest(credentials.clientSecret) || entry.expiresAt - this.now() < this.remainingMs) {
      this.tokens.delete(key);
      return undefined;
    }
    const { secret: _secret, ...token } = entry;
    return token;
  }

  /** Keeps a token for reuse; one without `expires_in` (RFC 6749 §5.1 makes it optional) is not kept. */
  set(
    issuer: string,
    credentials: ManagementCredentials,
    resource: string,
    token: { accessToken: string; grantedScope?: string; expiresIn?: number; obtainedAt: number },
  ): void {
    if (token.expiresIn === undefined) return;
    const expiresAt = token.obtainedAt + token.expiresIn * 1000;
    if (expiresAt - this.now() < this.remainingMs) return;
    this.tokens.set(keyOf(issuer, credentials.clientId, resource), {
      accessToken: token.accessToken,
      ...(token.grantedScope !== undefined ? { grantedScope: token.grantedScope } : {}),
      obtainedAt: token.obtainedAt,
      expiresAt,
      secret: digest(credentials.clientSecret),
    });
  }

  drop(issuer: string, clientId: string, resource: string): void {
    this.tokens.delete(keyOf(issuer, clientId, resource));
  }

  /** Every token of the app (at `issuer`, or at any issuer when it is not known any more), whatever its resource. */
  dropApp(clientId: string, issuer?: string): void {
    for (const key of [...this.tokens.keys()]) {
      const [at, id] = JSON.parse(key) as [string, string, string];
      if (id === clientId && (issuer === undefined || at === issuer)) this.tokens.delete(key);
    }
  }
}

const keyOf = (issuer: string, clientId: string, resource: string) => JSON.stringify([issuer, clientId, resource]);
