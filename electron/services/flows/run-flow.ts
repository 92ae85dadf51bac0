import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import type { FlowResult, GrantKind } from '../../../shared/contract/flow.js';
import type { TokenErrorContext } from '../../../shared/errors/explain-token-error.js';
import { decodeToken } from '../../../shared/token/decode.js';
import { dpopBinding } from '../../../shared/flows/answered-dpop-binding.js';
import { maskTokenResponse } from '../../../shared/token/mask-token-response.js';
import { lessThanAsked, type AskedFor } from '../../../shared/flows/less-than-asked.js';
import { authMethodOf, discover, type ClientCredentials } from './issuer-discovery.js';
import { toFlowError } from './flow-error.js';
import { HttpCapture } from './http-capture.js';
import type { RunStore, StoredRun } from './run-store.js';

export interface FlowRun {
  runId: string;
  grant: GrantKind;
  issuer: string;
  client: ClientCredentials;
  capture: HttpCapture;
  started: number;
  /** What the user asked for, so an error can be explained in their terms. */
  context: TokenErrorContext;
  /** What the request asked for, to say afterwards what the server gave less of. */
  asked: AskedFor;
  runs?: RunStore;
  warnings?: string[];
  /** Extra facts to remember with the run (granted resources…). */
  remember?: Partial<StoredRun>;
}

export function newRun(
  grant: GrantKind,
  issuer: string,
  client: ClientCredentials,
  request: { resources: string[]; scope: string; dpop?: boolean },
): FlowRun {
  const runId = randomUUID();
  const capture = new HttpCapture(runId.slice(0, 8));
  capture.addSecret(client.clientSecret);
  return {
    runId,
    grant,
    issuer,
    client,
    capture,
    started: performance.now(),
    asked: { grant, scope: request.scope, dpop: request.dpop },
    context: {
      grant,
      resources: request.resources,
      scope: request.scope,
      clientId: client.clientId,
      issuer,
      authMethod: authMethodOf(client),
      ...(client.timeoutSeconds ? { timeoutSeconds: client.timeoutSeconds } : {}),
    },
  };
}

/** Runs the token request of `run` and turns its outcome, success or any failure, into a FlowResult. */
export async function finishRun(run: FlowRun, perform: () => Promise<oidc.TokenEndpointResponse>): Promise<FlowResult> {
  const base = async (more: string[] = []) => {
    const warnings = [...(run.warnings ?? []), ...more];
    const durationMs = Math.round(performance.now() - run.started);
    // Bodies openid-client refused unread (an error page) are read now, so the timeline shows what came back.
    await run.capture.settle();
    return {
      grant: run.grant,
      issuer: run.issuer,
      durationMs,
      timeline: run.capture.masked(),
      runId: run.runId,
      ...(warnings.length ? { warnings } : {}),
    };
  };
  try {
    const tokens = await perform();
    run.capture.addSecret(tokens.refresh_token);
    const accessToken = decodeToken(tokens.access_token);
    // The key is kept for the next refresh only where the answer shows the server bound the tokens to it.
    const { dpopKey, ...remember } = run.remember ?? {};
    const bound = dpopKey !== undefined && dpopBinding(tokens.token_type, accessToken).bound;
    run.runs?.put({
      runId: run.runId,
      issuer: run.issuer,
      client: run.client,
      tokens,
      rawTimeline: run.capture.entries,
      ...remember,
      ...(bound ? { dpopKey } : {}),
    });
    const fewer = lessThanAsked(run.asked, { tokenResponse: { ...tokens }, accessToken });
    return {
      ok: true,
      ...(await base(fewer)),
      tokenResponse: maskTokenResponse({ ...tokens }),
      accessToken,
      hasRefreshToken: Boolean(tokens.refresh_token),
    };
  } catch (error) {
    run.runs?.put({
      runId: run.runId,
      issuer: run.issuer,
      client: run.client,
      rawTimeline: run.capture.entries,
      ...run.remember,
    });
    return { ok: false, ...(await base()), error: toFlowError(error, run.context) };
  }
}

/** Discovery, then one token request: the shape of every grant that needs no browser. */
export async function runTokenRequest(
  run: FlowRun,
  request: (config: oidc.Configuration) => Promise<oidc.TokenEndpointResponse>,
): Promise<FlowResult> {
  return finishRun(run, async () => {
    const config = await discover(run.issuer, run.client, run.capture);
    run.capture.step = 'token';
    return request(config);
  });
}
