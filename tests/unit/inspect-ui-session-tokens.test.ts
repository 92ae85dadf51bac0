import { describe, expect, it } from 'vitest';
import type { FlowResult } from '../../shared/contract/flow.js';
import { sessionTokens } from '../../renderer/src/features/inspector/session-tokens.js';

const ok = (tokenResponse: Record<string, unknown>): FlowResult => ({
  ok: true,
  grant: 'authorization_code',
  issuer: 'http://127.0.0.1:1/oidc',
  durationMs: 1,
  timeline: [],
  tokenResponse,
  accessToken: { kind: 'opaque', raw: 'x', reason: '' },
});

describe('tokens of the session for the inspector', () => {
  it('lists access and ID tokens of successful runs, newest first, never masked refresh tokens or failures', () => {
    const tokens = sessionTokens([
      { label: 'Client credentials', result: ok({ access_token: 'eyA.b.c' }), resources: ['https://api.test'] },
      {
        label: 'Sign-in (vera)',
        result: ok({ access_token: 'opaque-at', id_token: 'eyI.d.e', refresh_token: '••••' }),
        resources: ['https://a', 'https://b'],
      },
      {
        label: 'Refresh',
        result: {
          ok: false,
          grant: 'refresh_token',
          issuer: 'x',
          durationMs: 1,
          timeline: [],
          error: { error: 'invalid_grant', explanation: '', fix: '' },
        },
      },
    ]);
    expect(tokens.map((t) => t.label)).toEqual([
      'Sign-in (vera) · access token',
      'Sign-in (vera) · ID token',
      'Client credentials · access token',
    ]);
    expect(tokens[0]!.resource).toBeUndefined();
    expect(tokens[1]!.resource).toBeUndefined();
    expect(tokens[2]).toMatchObject({
      token: 'eyA.b.c',
      resource: 'https://api.test',
      issuer: 'http://127.0.0.1:1/oidc',
    });
  });
});
