import type { RunRecord } from '../../../../../shared/contract/run-record';
import type { TokenPathInput } from '../../../../../shared/sandbox/token-path';
import { decodeToken } from '../../../../../shared/token/decode';

/** A token of the session that the graph can trace, with what was asked for it. */
export interface TokenChoice {
  id: string;
  label: string;
  input: TokenPathInput;
}

const FIELDS = [
  ['access_token', 'access token'],
  ['id_token', 'ID token'],
] as const;

/**
 * Every JWT this session got from the sandbox (issuer `issuer`), newest first: each grant's access token with its
 * request (so a scope asked for and not granted shows as a broken edge), and ID tokens (their subject only). Opaque
 * tokens carry no claims to trace.
 */
export function tokenChoices(runs: readonly RunRecord[], issuer: string | undefined): TokenChoice[] {
  return [...runs].reverse().flatMap((run) => {
    if (!run.result.ok || !issuer || run.result.issuer !== issuer) return [];
    const { tokenResponse } = run.result;
    return FIELDS.flatMap(([field, name]) => {
      const raw = tokenResponse[field];
      if (typeof raw !== 'string') return [];
      const decoded = decodeToken(raw);
      if (decoded.kind !== 'jwt') return [];
      const access = field === 'access_token';
      const granted = typeof tokenResponse.scope === 'string' ? { grantedScope: tokenResponse.scope } : {};
      const request = {
        resources: run.request.resources,
        scopes: run.request.scopes,
        ...(run.request.organizationId ? { organizationId: run.request.organizationId } : {}),
      };
      return [
        {
          id: `${run.id} ${field}`,
          label: `${run.label} · ${name} · ${run.at.slice(11, 19)}`,
          input: access
            ? { payload: decoded.payload, request, ...granted, ...(run.scopes ? { table: run.scopes } : {}) }
            : { payload: decoded.payload },
        },
      ];
    });
  });
}
