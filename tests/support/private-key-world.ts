import { expect } from 'vitest';
import type { TokenscopeApi } from '../../shared/contract/api.js';

/** The M2M app's secret in the default world's text, the line a user replaces in the Sandbox view's editor. */
export const M2M_SECRET_LINE = '    secret: sandbox-m2m-secret-not-for-production\n';

/**
 * Switches the sandbox world's M2M app to private_key_jwt (RFC 7523 §2.2) as a user does in the Sandbox view: its
 * secret line becomes the key method and the pasted public JWK, and the world is applied. Returns the world's
 * text from before; throws if the world was refused.
 */
export async function applyM2mPublicKey(api: TokenscopeApi, publicJwk: object): Promise<string> {
  const { worldText } = await api.getSandbox();
  expect(worldText).toContain(M2M_SECRET_LINE);
  const text = worldText.replace(
    M2M_SECRET_LINE,
    `    tokenEndpointAuthMethod: private_key_jwt\n    jwks: { keys: [ ${JSON.stringify(publicJwk)} ] }\n`,
  );
  const applied = await api.applySandboxWorld({ text });
  if (!applied.ok) throw new Error(`the world was refused: ${JSON.stringify(applied.problems)}`);
  return worldText;
}
