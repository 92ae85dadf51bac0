import type { TokenAnalysis } from '../inspect/analyze-token.js';
import type { TokenComparison } from '../inspect/compare-tokens.js';

/** A PAT exchange token (acts as the user) and an M2M token (acts as the app) for the same API, compared. */
export interface SandboxComparison {
  /** The sandbox issuer that signed both, to inspect either against it. */
  issuer: string;
  resource: string;
  pat: { clientId: string; user: string; raw: string; analysis: TokenAnalysis };
  m2m: { clientId: string; raw: string; analysis: TokenAnalysis };
  comparison: TokenComparison;
}

export type { CompareSandboxRequest, ExplainScopesRequest, InspectTokenRequest } from './methods/inspect-methods.js';
