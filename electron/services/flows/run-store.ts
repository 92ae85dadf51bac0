import type * as oidc from 'openid-client';
import type { TimelineEntry } from '../../../shared/flows/timeline.js';
import type { ClientCredentials } from './discover.js';

/** What the main side remembers of a run: the secrets the renderer never sees, for reveal and for the next step. */
export interface StoredRun {
  runId: string;
  issuer: string;
  client: ClientCredentials;
  tokens?: oidc.TokenEndpointResponse;
  /** Resources granted at sign-in (RFC 8707 §2): the refresh trap is a refresh asking for one outside this list. */
  grantedResources?: string[];
  /** The refresh token's previous run failed with invalid_target: it has been consumed (the refresh trap). */
  refreshConsumed?: boolean;
  rawTimeline: TimelineEntry[];
}

/** In memory only, and bounded: the app forgets old runs rather than keep their tokens for ever. */
export class RunStore {
  private readonly runs = new Map<string, StoredRun>();

  constructor(private readonly limit = 50) {}

  put(run: StoredRun): void {
    this.runs.delete(run.runId);
    this.runs.set(run.runId, run);
    while (this.runs.size > this.limit) this.runs.delete(this.runs.keys().next().value!);
  }

  get(runId: string): StoredRun | undefined {
    return this.runs.get(runId);
  }
}
