import { describe, expect, it } from 'vitest';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { rotatesRefreshToken } from '../../electron/services/sandbox/tokens/logto-rotation-rule.js';
import type { World } from '../../shared/sandbox/world.js';

const DAY = 24 * 3600;

function world(rotateRefreshToken?: boolean): World {
  return {
    resources: [],
    roles: [],
    users: [],
    applications: [
      { id: 'app', name: 'app', type: 'native', ...(rotateRefreshToken === undefined ? {} : { rotateRefreshToken }) },
    ],
  };
}

interface Case {
  name: string;
  authMethod: string;
  dpopBound?: boolean;
  percentPassed?: number;
  lifetime?: number;
  rotateRefreshToken?: boolean;
  rotates: boolean;
}

// Logto's rule: oidc-provider's default rotation policy plus the app's rotateRefreshToken switch.
const CASES: Case[] = [
  { name: 'public client, fresh token', authMethod: 'none', rotates: true },
  { name: 'public client, DPoP-bound token, fresh', authMethod: 'none', dpopBound: true, rotates: false },
  {
    name: 'public client, DPoP-bound token, past 70%',
    authMethod: 'none',
    dpopBound: true,
    percentPassed: 70,
    rotates: true,
  },
  { name: 'confidential client, fresh token', authMethod: 'client_secret_basic', rotates: false },
  { name: 'confidential client, at 69%', authMethod: 'client_secret_basic', percentPassed: 69, rotates: false },
  { name: 'confidential client, at 70%', authMethod: 'client_secret_basic', percentPassed: 70, rotates: true },
  { name: 'private_key_jwt client, past 70%', authMethod: 'private_key_jwt', percentPassed: 90, rotates: true },
  { name: 'public client, rotation switched off', authMethod: 'none', rotateRefreshToken: false, rotates: false },
  {
    name: 'confidential client past 70%, switched off',
    authMethod: 'client_secret_basic',
    percentPassed: 90,
    rotateRefreshToken: false,
    rotates: false,
  },
  { name: 'public client, switched on explicitly', authMethod: 'none', rotateRefreshToken: true, rotates: true },
  { name: 'public client, token a year old in total', authMethod: 'none', lifetime: 366 * DAY, rotates: false },
];

describe('sandbox refresh rotation (Logto rule)', () => {
  it.each(CASES)('$name: rotates=$rotates', (c) => {
    const ctx = {
      oidc: {
        entities: {
          Client: { clientId: 'app', clientAuthMethod: c.authMethod },
          RefreshToken: {
            totalLifetime: () => c.lifetime ?? DAY,
            isSenderConstrained: () => c.dpopBound === true,
            ttlPercentagePassed: () => c.percentPassed ?? 0,
          },
        },
      },
    } as unknown as KoaContextWithOIDC;
    expect(rotatesRefreshToken(ctx, world(c.rotateRefreshToken))).toBe(c.rotates);
  });
});
