import type { FlowResult } from '../../../../shared/contract/flow';

/** A token this session received, offered to the inspector without copying and pasting it. */
export interface SessionToken {
  /** e.g. "Sign-in (vera) · access token". */
  label: string;
  token: string;
  issuer: string;
  /** The resource it was requested for, when the request named exactly one: `aud` is checked against it. */
  resource?: string;
}

export interface SessionRun {
  label: string;
  result: FlowResult;
  resources?: readonly string[];
}

// Refresh tokens reach the renderer masked (architecture: Secrets), so only these two can be inspected here.
const FIELDS = [
  ['access_token', 'access token'],
  ['id_token', 'ID token'],
] as const;

/** Every readable token of the session's successful runs, newest first. */
export function sessionTokens(runs: readonly SessionRun[]): SessionToken[] {
  return [...runs].reverse().flatMap((run) => {
    if (!run.result.ok) return [];
    const { tokenResponse, issuer } = run.result;
    const resource = run.resources?.length === 1 ? run.resources[0] : undefined;
    return FIELDS.flatMap(([field, name]) => {
      const token = tokenResponse[field];
      if (typeof token !== 'string' || token === '') return [];
      return [
        {
          label: `${run.label} · ${name}`,
          token,
          issuer,
          ...(field === 'access_token' && resource ? { resource } : {}),
        },
      ];
    });
  });
}
