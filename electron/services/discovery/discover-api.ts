import { randomUUID } from 'node:crypto';
import {
  checkApiUrl,
  chooseAuthorizationServer,
  matchResource,
  metadataCandidates,
  offeredScopes,
  pendingSteps,
  readApiChallenge,
  resourceMetadataOutcome,
  type CandidateAnswer,
  type ChainStepId,
  type StepOutcome,
} from '../../../shared/discovery/discovery-chain.js';
import type { DiscoveryReport, KnownClient } from '../../../shared/discovery/discovery-report.js';
import type { TimelineEntry } from '../../../shared/flows/timeline.js';
import { HttpCapture } from '../flows/http-capture.js';
import { discoverAuthorizationServer, type FoundServer } from './authorization-server-discovery.js';
import { getDocument } from './get-document.js';

/** A chain in progress: the report the renderer sees, and what the main side keeps to go on (never sent). */
export interface ChainState {
  report: DiscoveryReport;
  capture: HttpCapture;
  server?: FoundServer;
  workspaceId?: string;
  /** The sign-in run's own timeline (masked), shown within the chain's. */
  signInTimeline?: TimelineEntry[];
}

export interface DiscoverOptions {
  /** An issuer the user picked among the metadata's authorization_servers. */
  authorizationServer?: string;
  /** Saved clients for an issuer, so one the user already has is preferred and offered. */
  knownClients?: (issuer: string) => Promise<KnownClient[]>;
}

/** Records a step's outcome on the report; false when it broke the chain. */
export function settleStep<T>(
  report: DiscoveryReport,
  id: ChainStepId,
  outcome: StepOutcome<T>,
): outcome is StepOutcome<T> & { ok: true; value: T } {
  const step = report.steps.find((s) => s.id === id)!;
  step.status = outcome.ok ? 'done' : 'failed';
  if (outcome.summary) step.summary = outcome.summary;
  if (outcome.rule) step.rule = outcome.rule;
  if (!outcome.ok) {
    step.failure = outcome.failure;
    report.brokenAt = id;
  }
  return outcome.ok;
}

/** Refreshes the masked timeline on the report from the chain's capture. */
export function syncTimeline(state: ChainState): void {
  state.report.timeline = state.capture.masked();
}

/**
 * The chain up to the authorization server's metadata: everything that needs no client and no user. Each step's
 * requests are captured under the step's id, so the timeline and the sequence diagram show where each belongs.
 */
export async function discoverApi(url: string, options: DiscoverOptions = {}): Promise<ChainState> {
  const id = randomUUID();
  const report: DiscoveryReport = { id, url: url.trim(), steps: pendingSteps(), timeline: [] };
  const capture = new HttpCapture(id.slice(0, 8));
  const state: ChainState = { report, capture };
  try {
    await walk(state, options);
  } finally {
    await capture.settle();
    syncTimeline(state);
  }
  return state;
}

async function walk(state: ChainState, options: DiscoverOptions): Promise<void> {
  const { report, capture } = state;
  const checked = checkApiUrl(report.url);
  if (!checked.ok) {
    settleStep(report, 'call-api', {
      ok: false,
      failure: { kind: 'api-unreachable', explanation: checked.problem, fix: 'Correct the URL and start again.' },
    });
    return;
  }
  capture.step = 'call-api';
  const first = await getDocument(capture, report.url);
  if (first.status === undefined) {
    settleStep(report, 'call-api', {
      ok: false,
      failure: {
        kind: 'api-unreachable',
        explanation: `${report.url} did not answer: ${first.error}.`,
        fix: 'Check the URL, that the API is running and that this machine can reach it.',
      },
    });
    return;
  }
  const challenge = readApiChallenge(first.status, first.wwwAuthenticate);
  if (!settleStep(report, 'call-api', challenge)) return;

  capture.step = 'resource-metadata';
  const answers: CandidateAnswer[] = [];
  for (const candidate of metadataCandidates(report.url, challenge.value.resourceMetadataUrl)) {
    const answer = await getDocument(capture, candidate.url);
    answers.push({ candidate, ...answer, ...(answer.error ? { error: answer.error } : {}) });
    if (answer.status !== undefined && answer.status >= 200 && answer.status < 300 && !answer.error) {
      const outcome = resourceMetadataOutcome([answers.at(-1)!]);
      if (outcome.ok || outcome.failure.kind === 'bad-metadata') break;
    }
  }
  const metadata = resourceMetadataOutcome(answers);
  if (!settleStep(report, 'resource-metadata', metadata)) return;
  report.metadataUrl = metadata.value.candidate.url;
  report.metadataSource = metadata.value.candidate.source;
  report.metadata = metadata.value.metadata;

  const resource = matchResource(metadata.value, report.url);
  if (!settleStep(report, 'resource-match', resource)) return;
  report.resource = resource.value;
  report.dpopRequired = metadata.value.metadata.dpop_bound_access_tokens_required === true;
  const scopes = offeredScopes(metadata.value.metadata.scopes_supported, challenge.value.scope);
  report.scopes = scopes.scopes;
  report.preselectedScopes = scopes.preselected;

  // Which listed issuers the user already has a client for; a long list is only looked through so far.
  const knownIssuers: string[] = [];
  for (const issuer of (metadata.value.metadata.authorization_servers ?? []).slice(0, 20))
    if (options.knownClients && (await options.knownClients(issuer)).length) knownIssuers.push(issuer);
  const server = chooseAuthorizationServer(metadata.value.metadata, {
    picked: options.authorizationServer,
    known: knownIssuers,
  });
  if (!settleStep(report, 'authorization-server', server)) return;
  report.authorizationServer = server.value.issuer;
  report.otherAuthorizationServers = server.value.others;

  capture.step = 'authorization-server-metadata';
  const discovered = await discoverAuthorizationServer(server.value.issuer, capture);
  if (!settleStep(report, 'authorization-server-metadata', discovered)) return;
  state.server = discovered.found;
  if (discovered.value.registration_endpoint) report.registrationEndpoint = discovered.value.registration_endpoint;
  report.knownClients = options.knownClients ? await options.knownClients(server.value.issuer) : [];
}
