import type { FlowResult, GrantKind } from './flow.js';
import type { ScopeDiff } from '../inspect/scope-diff.js';

/**
 * One run of any grant as the main side keeps it for the renderer: its masked result (secrets stay on the main
 * side under `id`) with what was asked, on which connection. A reload or a second window lists them again.
 */
export interface RunRecord {
  /** The run's `runId` when it has one (reveal, refresh, token operations), else one the run list gave it. */
  id: string;
  workspaceId: string;
  connectionId: string;
  /** The connection's name when the run was made; it may have been renamed or removed since. */
  connectionName: string;
  clientId: string;
  grant: GrantKind;
  /** What the user did, e.g. "Sign-in", "Refresh", "Client credentials". */
  label: string;
  /** ISO 8601, when the result came back. */
  at: string;
  /** What was asked for: the resources (RFC 8707 §2) and scopes (RFC 6749 §3.3) sent. */
  request: { resources: string[]; scopes: string[]; organizationId?: string };
  /** Resources granted at sign-in (carried by refreshes of it): what the refresh trap is checked against. */
  grantedResources?: string[];
  result: FlowResult;
  /**
   * The access token's scopes against what was asked (API permissions), explained on the main side when the run
   * was recorded: the renderer shows it, and hands it to the inspector, without sending the token back.
   */
  scopes?: ScopeDiff;
}
