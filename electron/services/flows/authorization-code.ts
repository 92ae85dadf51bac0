import * as oidc from 'openid-client';
import type { FlowError, FlowResult } from '../../../shared/contract/flow.js';
import type { StartAuthorizationRequest } from '../../../shared/contract/methods/flow-methods.js';
import { PendingFlows } from '../../../shared/flows/pending-flows.js';
import { parseCallbackUrl } from '../../../shared/flows/callback-url.js';
import { discover, type ClientCredentials } from './issuer-discovery.js';
import { finishRun, newRun, type FlowRun } from './run-flow.js';
import type { RunStore } from './run-store.js';
import { toFlowError } from './flow-error.js';
import { dpopOptions, newDpopKey } from './dpop.js';
import { scopeWords } from '../../../shared/oauth/granted-scopes.js';
import { OPENID_SCOPE } from '../../../shared/oauth/reserved-scopes.js';

/** The contract's request with its connection resolved to an issuer and client, and the redirect URI chosen. */
export interface AuthorizationInput extends Omit<
  StartAuthorizationRequest,
  'connectionId' | 'clientId' | 'redirect' | 'inAppWindow'
> {
  issuer: string;
  client: ClientCredentials;
  /** Exactly as registered: tokenscope://callback, or http://127.0.0.1:<port>/callback (any port, RFC 8252 §7.3). */
  redirectUri: string;
}

export interface PendingAuthorization {
  run: FlowRun;
  config: oidc.Configuration;
  verifier: string;
  state: string;
  nonce?: string;
  dpop?: oidc.DPoPOptions;
  input: AuthorizationInput;
  authorizationUrl: string;
  /** Resolves once, when the callback arrives (or the flow is given up). */
  settle(result: FlowResult): void;
  result: Promise<FlowResult>;
}

export interface StartedAuthorization {
  authorizationUrl: string;
  state: string;
  redirectUri: string;
  /** Milliseconds since the epoch after which the callback is refused. */
  expiresAt: number;
}

export type CallbackOutcome = { accepted: true; result: FlowResult } | { accepted: false; message: string };

const wantsIdToken = (scope: string) => (scopeWords(scope) ?? []).includes(OPENID_SCOPE);

/**
 * RFC 6749 §4.1 with PKCE S256 (RFC 7636 §4.2; Logto accepts nothing else). Discovers, builds the authorization URL
 * and leaves the flow waiting under its `state`; `handleCallback` finishes it.
 */
export async function startAuthorization(
  input: AuthorizationInput,
  pending: PendingFlows<PendingAuthorization>,
  runs?: RunStore,
  now = Date.now(),
): Promise<StartedAuthorization | FlowResult> {
  const run = newRun('authorization_code', input.issuer, input.client, input);
  run.runs = runs;
  run.remember = { grantedResources: input.resources };
  let config: oidc.Configuration;
  try {
    config = await discover(input.issuer, input.client, run.capture);
  } catch (error) {
    return finishRun(run, () => Promise.reject(error));
  }
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = wantsIdToken(input.scope) ? oidc.randomNonce() : undefined;
  const params = new URLSearchParams({
    redirect_uri: input.redirectUri,
    scope: input.scope.trim(),
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  if (nonce) params.set('nonce', nonce);
  for (const resource of input.resources) params.append('resource', resource);
  if (input.prompt) params.set('prompt', input.prompt);
  if (input.loginHint) params.set('login_hint', input.loginHint);
  for (const [name, value] of Object.entries(input.extraParams ?? {})) params.append(name, value);
  const dpopKey = await newDpopKey(input.dpop);
  const dpop = dpopOptions(config, dpopKey);
  if (dpopKey) run.remember.dpopKey = dpopKey;
  let authorizationUrl: string;
  try {
    if (input.par) run.capture.step = 'pushed authorization request';
    authorizationUrl = input.par
      ? (await oidc.buildAuthorizationUrlWithPAR(config, params, dpop)).href
      : oidc.buildAuthorizationUrl(config, params).href;
  } catch (error) {
    return finishRun(run, () => Promise.reject(error));
  }

  let settle!: (result: FlowResult) => void;
  const result = new Promise<FlowResult>((resolve) => (settle = resolve));
  const expiresAt = pending.add(
    state,
    { run, config, verifier, state, nonce, dpop, input, authorizationUrl, settle, result },
    now,
  );
  return { authorizationUrl, state, redirectUri: input.redirectUri, expiresAt };
}

/** The code exchange for a callback whose state matched (RFC 6749 §4.1.3), with RFC 9207 `iss` checked by openid-client. */
async function redeem(flow: PendingAuthorization, callbackUrl: string): Promise<FlowResult> {
  const { run, config, input } = flow;
  run.capture.entries.push({
    id: `${run.runId.slice(0, 8)}-authorize`,
    step: 'authorize',
    method: 'GET',
    url: flow.authorizationUrl,
    requestHeaders: {},
    responseHeaders: { location: callbackUrl },
    startedAt: new Date(Date.now() - Math.round(performance.now() - run.started)).toISOString(),
    durationMs: Math.round(performance.now() - run.started),
    via: 'browser',
  });
  run.capture.step = 'token';
  const jwksUri = config.serverMetadata().jwks_uri;
  if (jwksUri) run.capture.nameUrl(jwksUri, 'jwks');
  // ID token signatures are checked against the issuer's jwks_uri, so JWKS shows on the timeline too.
  if (flow.nonce) oidc.enableNonRepudiationChecks(config);
  const tokenParams = new URLSearchParams();
  if (input.tokenResource) tokenParams.set('resource', input.tokenResource);
  if (input.organizationId) tokenParams.set('organization_id', input.organizationId);
  return finishRun(run, () =>
    oidc.authorizationCodeGrant(
      config,
      new URL(callbackUrl),
      {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: Boolean(flow.nonce),
      },
      tokenParams,
      flow.dpop,
    ),
  );
}

/**
 * Every redirect comes here, whichever way it arrived (custom scheme, loopback listener, pasted URL).
 * A callback whose state matches no pending flow is refused with what to do; a matching one is consumed.
 */
export async function handleCallback(
  url: string,
  pending: PendingFlows<PendingAuthorization>,
  now = Date.now(),
): Promise<CallbackOutcome> {
  const parsed = parseCallbackUrl(url);
  if (!parsed.ok) return { accepted: false, message: parsed.message };
  const taken = pending.take(parsed.state, now);
  if (!taken.ok) return { accepted: false, message: taken.message };
  const flow = taken.value;
  let result: FlowResult;
  try {
    result = await redeem(flow, parsed.url);
  } catch (error) {
    await flow.run.capture.settle();
    result = {
      ok: false,
      grant: 'authorization_code',
      issuer: flow.input.issuer,
      durationMs: 0,
      timeline: flow.run.capture.masked(),
      error: toFlowError(error, flow.run.context),
    };
  }
  flow.settle(result);
  return { accepted: true, result };
}

/**
 * Ends a waiting sign-in without a redirect (the in-app window was closed, the user stopped waiting): it fails at once with the
 * reason instead of waiting out its five minutes, and its state is spent, so a late redirect is refused.
 */
export function abandonAuthorization(
  state: string,
  reason: FlowError,
  pending: PendingFlows<PendingAuthorization>,
  now = Date.now(),
): boolean {
  const taken = pending.take(state, now);
  if (!taken.ok) return false;
  const flow = taken.value;
  flow.settle({
    ok: false,
    grant: 'authorization_code',
    issuer: flow.input.issuer,
    durationMs: Math.round(performance.now() - flow.run.started),
    timeline: flow.run.capture.masked(),
    runId: flow.run.runId,
    error: reason,
  });
  return true;
}
