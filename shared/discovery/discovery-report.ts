import type { TimelineEntry } from '../flows/timeline.js';
import type { ChainStep, ChainStepId } from './chain-step.js';
import type { MetadataSource } from './metadata-candidates.js';
import type { ResourceMetadata } from './resource-metadata.js';

/** A saved connection whose issuer is the authorization server the API named, so the user can pick its client. */
export interface KnownClient {
  connectionId: string;
  connectionName: string;
  clientId: string;
}

/** One run of the chain, as far as it went: what the renderer draws and the command line prints. */
export interface DiscoveryReport {
  id: string;
  /** The URL the user started from. */
  url: string;
  steps: ChainStep[];
  /** Where the metadata was found, and how that URL was chosen. */
  metadataUrl?: string;
  metadataSource?: MetadataSource;
  metadata?: ResourceMetadata;
  /** The resource the sign-in asks for (RFC 8707): the metadata's `resource`, checked against the URL. */
  resource?: string;
  authorizationServer?: string;
  otherAuthorizationServers?: string[];
  registrationEndpoint?: string;
  /** Scopes to offer, and those the API's challenge asked for. */
  scopes?: string[];
  preselectedScopes?: string[];
  /** RFC 9728 §2 `dpop_bound_access_tokens_required`: the sign-in binds its tokens to a key (RFC 9449). */
  dpopRequired?: boolean;
  knownClients?: KnownClient[];
  /** The client the sign-in used, and whether Tokenscope registered it for this chain. */
  client?: KnownClient & { registered: boolean };
  /** The sign-in's run, listed with the workspace's runs. */
  runId?: string;
  /** Waiting for the user's sign-in in the browser. */
  authorizationUrl?: string;
  state?: string;
  /** Where the chain broke, when it did. */
  brokenAt?: ChainStepId;
  /** Every HTTP exchange of the chain (sign-in excepted: its run has its own), masked, each with its step's id. */
  timeline: TimelineEntry[];
}

/** The step a report reached: the first not done, or the one that failed. */
export function currentStep(report: DiscoveryReport): ChainStep | undefined {
  return report.steps.find((s) => s.status !== 'done' && s.status !== 'skipped');
}
