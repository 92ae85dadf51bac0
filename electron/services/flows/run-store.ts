import type * as oidc from 'openid-client';
import type { TimelineEntry } from '../../../shared/flows/timeline.js';
import type { ClientCredentials } from './discover.js';
import type { RotationVerdict } from '../../../shared/flows/refresh-rotation.js';
import type { ServerFamily } from '../../../shared/flows/server-family.js';

/** What the main side remembers of a run: the secrets the renderer never sees, for reveal and for the next step. */
export interface StoredRun {
  runId: string;
  issuer: string;
  client: ClientCredentials;
  tokens?: oidc.TokenEndpointResponse;
  /** Resources granted at sign-in (RFC 8707 §2): the refresh trap is a refresh asking for one outside this list. */
  grantedResources?: string[];
  /** A refresh of this run's token failed with invalid_target on a server that rotates: it is likely spent (the refresh trap). */
  refreshConsumed?: boolean;
  rawTimeline: TimelineEntry[];
  /** RFC 9449 §5: the DPoP key the run's tokens are bound to; its refresh must prove possession of the same key. */
  dpopKey?: CryptoKeyPair;
  /** For a refresh: whether the refresh token came back new (rotated), the same, or not at all. */
  rotation?: RotationVerdict;
  /** What refreshing this run's refresh token answered last (rotated, the same one back…). */
  refreshedAs?: RotationVerdict;
  /** Which server's rules applied, read from discovery during the run. */
  serverFamily?: ServerFamily;
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

  /** The newest run that received `accessToken`, so a replay of it can prove the run's DPoP key (RFC 9449 §7.1). */
  holdingAccessToken(accessToken: string): StoredRun | undefined {
    return [...this.runs.values()].reverse().find((run) => run.tokens?.access_token === accessToken);
  }

  /** The newest run that received `refreshToken`, so a pasted token Tokenscope holds is refreshed like its run. */
  holding(refreshToken: string): StoredRun | undefined {
    return [...this.runs.values()].reverse().find((run) => run.tokens?.refresh_token === refreshToken);
  }
}
