/**
 * The inspector on a token a run received, named by the run's id: the token arrived on the main side and stays
 * there, so it is not sent back to be checked (a pasted token still goes through `inspectToken`).
 */
import { Type, type Static } from '@sinclair/typebox';
import { method, returns, StringEnum, type ApiOf } from './declare-method.js';
import { FIELD_LIMITS as L } from './field-limits.js';
import type { TokenAnalysis } from '../../inspect/analyze-token.js';

const closed = { additionalProperties: false } as const;

const InspectRunArgument = Type.Object(
  {
    /** The run's `runId` (the id the run list shows it under). */
    runId: Type.String({ minLength: 1, maxLength: L.id }),
    /** Which of the run's tokens; the access token when absent. Refresh tokens are not the inspector's. */
    which: Type.Optional(StringEnum(['access_token', 'id_token'] as const)),
    /** The issuer to trust, as `inspectToken` takes it: absent, the token's own `iss` (flagged, not verified). */
    issuer: Type.Optional(Type.String({ maxLength: L.url })),
    /** The resource indicator (RFC 8707) the API expects in `aud`. */
    expectedAudience: Type.Optional(Type.String({ maxLength: L.url })),
    requiredScopes: Type.Optional(Type.Array(Type.String({ maxLength: L.url }), { maxItems: L.requiredScopes })),
    clockSkewSeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 86_400 })),
  },
  closed,
);
export type InspectRunRequest = Static<typeof InspectRunArgument>;

export const INSPECT_RUN_METHODS = {
  /** Every check on a run's token, read from the run on the main side: the token does not cross back. */
  inspectRun: method(InspectRunArgument, returns<TokenAnalysis>()),
};

export type InspectRunApi = ApiOf<typeof INSPECT_RUN_METHODS>;
