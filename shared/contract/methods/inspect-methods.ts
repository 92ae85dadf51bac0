/** The inspector's calls: every check on a token, why scopes are missing, and the sandbox's PAT vs M2M comparison. */
import { Type, type Static } from '@sinclair/typebox';
import { method, returns, type ApiOf } from './declare-method.js';
import { FIELD_LIMITS as L } from './field-limits.js';
import { TOKEN_SIZE_LIMIT } from '../../inspect/limits.js';
import type { SandboxComparison } from '../inspect-types.js';
import type { TokenAnalysis } from '../../inspect/analyze-token.js';
import type { ScopeDiff } from '../../inspect/scope-diff.js';
import type { TokenComparison } from '../../inspect/compare-tokens.js';

const closed = { additionalProperties: false } as const;

/** What the inspector checks a token against; all optional but the token. */
const InspectTokenArgument = Type.Object(
  {
    // The inspector's own limit: past it the input is not a token (shared/inspect/limits.ts says why).
    token: Type.String({ maxLength: TOKEN_SIZE_LIMIT }),
    /** The issuer to trust: its `jwks_uri` verifies the signature and `iss` must equal it. Absent: the token's `iss`, flagged. */
    issuer: Type.Optional(Type.String()),
    /** The resource indicator (RFC 8707) the API expects in `aud`. */
    expectedAudience: Type.Optional(Type.String()),
    /** Permissions the API operation requires. */
    requiredScopes: Type.Optional(Type.Array(Type.String(), { maxItems: L.requiredScopes })),
    clockSkewSeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 86_400 })),
  },
  closed,
);
export type InspectTokenRequest = Static<typeof InspectTokenArgument>;

/** Requested vs granted vs in-token scopes for a token, with why each missing scope is missing. */
const ExplainScopesArgument = Type.Object(
  {
    /** The access token (JWT) whose scopes are compared with the request. */
    // The same limit as inspectToken's: the two look at the same tokens.
    token: Type.String({ maxLength: TOKEN_SIZE_LIMIT }),
    /** What the client asked for: `resource` values (RFC 8707) and the `scope` parameter, split. */
    request: Type.Object(
      {
        resources: Type.Array(Type.String(), { maxItems: L.resources }),
        scopes: Type.Array(Type.String(), { maxItems: L.scopes }),
        organizationId: Type.Optional(Type.String()),
      },
      closed,
    ),
    /** The `scope` field of the token response, when known. */
    grantedScope: Type.Optional(Type.String()),
  },
  closed,
);
export type ExplainScopesRequest = Static<typeof ExplainScopesArgument>;

/** One token of a comparison and how to call it ("PAT exchange", "A"). */
const ComparedTokenArgument = Type.Object(
  {
    token: Type.String({ maxLength: TOKEN_SIZE_LIMIT }),
    label: Type.Optional(Type.String({ maxLength: L.name })),
  },
  closed,
);
const CompareWithRolesArgument = Type.Object({ a: ComparedTokenArgument, b: ComparedTokenArgument }, closed);
export type CompareWithRolesRequest = Static<typeof CompareWithRolesArgument>;

/** The sandbox's one-click comparison; both tokens are for `resource` (default: the world's default API). */
const CompareSandboxArgument = Type.Object(
  { resource: Type.Optional(Type.String({ minLength: 1 })), scope: Type.Optional(Type.String()) },
  closed,
);
export type CompareSandboxRequest = Static<typeof CompareSandboxArgument>;

export const INSPECT_METHODS = {
  /** Every check on a token, with the issuer's keys fetched on the main side (no CORS, one cache). */
  inspectToken: method(InspectTokenArgument, returns<TokenAnalysis>()),
  /** Requested vs granted vs in-token scopes per resource; reasons are exact for sandbox tokens, likely otherwise. */
  explainScopes: method(ExplainScopesArgument, returns<ScopeDiff>()),
  /** Any two tokens claim by claim; each scope only one has is said with the role behind it, from its tenant. */
  compareWithRoles: method(CompareWithRolesArgument, returns<TokenComparison>()),
  /** Sandbox only: a PAT exchange token and an M2M token for the same API, issued now and compared. */
  compareSandboxPatAndM2m: method(CompareSandboxArgument, returns<SandboxComparison>()),
};

export type InspectApi = ApiOf<typeof INSPECT_METHODS>;
