/**
 * The chain a client walks when all it has is an API URL (RFC 9728 §5 and §7, as MCP clients use it): call the API,
 * read its challenge, fetch its protected-resource metadata, check it names the API, pick the authorization server,
 * discover it, get a client, sign in for the API, call again. Each step ends with an outcome of its own, and a
 * broken chain is explained at the step that broke it, with the fix.
 */
export const CHAIN_STEPS = [
  'call-api',
  'resource-metadata',
  'resource-match',
  'authorization-server',
  'authorization-server-metadata',
  'client',
  'sign-in',
  'call-with-token',
] as const;

export type ChainStepId = (typeof CHAIN_STEPS)[number];

export const STEP_TITLES: Record<ChainStepId, string> = {
  'call-api': 'Call the API without a token',
  'resource-metadata': 'Fetch protected-resource metadata (RFC 9728)',
  'resource-match': 'Check the metadata names this API (RFC 9728 §3.3)',
  'authorization-server': 'Pick the authorization server',
  'authorization-server-metadata': 'Discover the authorization server (RFC 8414, OpenID Discovery)',
  client: 'Pick or register a client (RFC 7591)',
  'sign-in': 'Sign in with resource = the API (RFC 8707)',
  'call-with-token': 'Call the API with the token',
};

export type ChainFailureKind =
  | 'api-unreachable'
  | 'bad-challenge'
  | 'no-metadata'
  | 'bad-metadata'
  | 'resource-mismatch'
  | 'no-authorization-servers'
  | 'authorization-server-without-metadata'
  | 'no-client'
  | 'registration-refused'
  | 'sign-in-failed'
  | 'api-refused-token';

export interface ChainFailure {
  kind: ChainFailureKind;
  /** What the server answered and why that breaks the chain. */
  explanation: string;
  /** What to change, and where. */
  fix: string;
}

export type StepStatus = 'pending' | 'done' | 'waiting' | 'failed' | 'skipped';

export interface ChainStep {
  id: ChainStepId;
  status: StepStatus;
  /** What happened, read from the answer. */
  summary?: string;
  /** The rule that decided it, with its source (an RFC section). */
  rule?: string;
  failure?: ChainFailure;
}

export type StepOutcome<T> = ({ ok: true; value: T } | { ok: false; failure: ChainFailure }) & {
  summary?: string;
  rule?: string;
};

export const pendingSteps = (): ChainStep[] => CHAIN_STEPS.map((id) => ({ id, status: 'pending' }));

export const fail = <T>(kind: ChainFailureKind, explanation: string, fix: string): StepOutcome<T> => ({
  ok: false,
  failure: { kind, explanation, fix },
});
