import type { FlowResult } from '../../../../shared/contract/flow';
import type { ScopeDiff } from '../../../../shared/inspect/scope-diff';

/** A token this session received, offered to the inspector without copying and pasting it. */
export interface SessionToken {
  /** e.g. "Sign-in (vera) · access token". */
  label: string;
  token: string;
  issuer: string;
  /** The resource it was requested for, when the request named exactly one: `aud` is checked against it. */
  resource?: string;
  /** The run that received it and which of its tokens it is: the inspector names them instead of the token. */
  runId?: string;
  which: 'access_token' | 'id_token';
  /** The run's scope table (access token only), made on the main side with the run. */
  scopes?: ScopeDiff;
}

export interface SessionRun {
  label: string;
  result: FlowResult;
  resources?: readonly string[];
  scopes?: ScopeDiff;
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
          which: field,
          ...(run.result.runId ? { runId: run.result.runId } : {}),
          ...(field === 'access_token' && resource ? { resource } : {}),
          ...(field === 'access_token' && run.scopes ? { scopes: run.scopes } : {}),
        },
      ];
    });
  });
}
