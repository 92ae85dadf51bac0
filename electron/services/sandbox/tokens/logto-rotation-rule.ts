import type { KoaContextWithOIDC } from 'oidc-provider';
import type { World } from '../../../../shared/sandbox/world.js';
import { findApplication } from '../../../../shared/sandbox/world-queries.js';

/** oidc-provider's RefreshToken model, as far as its own rotation rule reads it. */
interface RefreshTokenModel {
  totalLifetime(): number;
  isSenderConstrained(): boolean;
  ttlPercentagePassed(): number;
}

const YEAR = 365.25 * 24 * 60 * 60;

/**
 * Whether a refresh gives a new refresh token, by Logto's rule: its core keeps oidc-provider's default rotation
 * policy and adds the app's `rotateRefreshToken: false` switch. So: never when the app switches it off, nor once the
 * token's whole lifetime reaches a year; public clients (auth method none) always, unless the token is sender-bound
 * (DPoP, RFC 9449); confidential clients only past 70% of the token's lifetime, so early on the same token comes back.
 */
export function rotatesRefreshToken(ctx: KoaContextWithOIDC, world: World): boolean {
  const entities = ctx.oidc.entities as {
    RefreshToken?: RefreshTokenModel;
    Client?: { clientId: string; clientAuthMethod?: string };
  };
  const token = entities.RefreshToken;
  const client = entities.Client;
  if (!token || !client) return false;
  if (findApplication(world, client.clientId)?.rotateRefreshToken === false) return false;
  if (token.totalLifetime() >= YEAR) return false;
  if (client.clientAuthMethod === 'none' && !token.isSenderConstrained()) return true;
  return token.ttlPercentagePassed() >= 70;
}
