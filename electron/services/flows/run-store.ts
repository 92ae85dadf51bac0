import type * as oidc from 'openid-client';
import type { TimelineEntry } from '../../../shared/flows/timeline.js';
import type { ClientCredentials } from './issuer-discovery.js';
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

/**
 * In memory only, and bounded: the app forgets old runs rather than keep their tokens for ever. Indexed by the
 * tokens a run received, because every replay asks which run holds its token (for the DPoP key, RFC 9449 §7.1):
 * a scan of a copy of the list per call showed in the replay benchmarks (`npm run bench load`).
 */
export class RunStore {
  private readonly runs = new Map<string, StoredRun>();
  /** The newest run that received each token; a token a newer run also received points at the newer one. */
  private readonly byAccessToken = new Map<string, StoredRun>();
  private readonly byRefreshToken = new Map<string, StoredRun>();

  constructor(private readonly limit = 50) {}

  put(run: StoredRun): void {
    this.forget(this.runs.get(run.runId));
    this.runs.delete(run.runId);
    this.runs.set(run.runId, run);
    index(this.byAccessToken, run.tokens?.access_token, run);
    index(this.byRefreshToken, run.tokens?.refresh_token, run);
    while (this.runs.size > this.limit) {
      const oldest = this.runs.values().next().value!;
      this.runs.delete(oldest.runId);
      this.forget(oldest);
    }
  }

  get(runId: string): StoredRun | undefined {
    return this.runs.get(runId);
  }

  /** The newest run that received `accessToken`, so a replay of it can prove the run's DPoP key (RFC 9449 §7.1). */
  holdingAccessToken(accessToken: string): StoredRun | undefined {
    return this.byAccessToken.get(accessToken);
  }

  /** The newest run that received `refreshToken`, so a pasted token Tokenscope holds is refreshed like its run. */
  holding(refreshToken: string): StoredRun | undefined {
    return this.byRefreshToken.get(refreshToken);
  }

  /** A run gone (or replaced): its tokens point at the newest other run that holds them, if any. */
  private forget(run: StoredRun | undefined): void {
    if (!run) return;
    // The last match in put order is the newest; no copy of the runs, for this runs at every eviction.
    const newestOther = (token: string, which: 'access_token' | 'refresh_token') => {
      let newest: StoredRun | undefined;
      for (const r of this.runs.values()) if (r !== run && r.tokens?.[which] === token) newest = r;
      return newest;
    };
    for (const [which, map] of [
      ['access_token', this.byAccessToken],
      ['refresh_token', this.byRefreshToken],
    ] as const) {
      const token = run.tokens?.[which];
      if (typeof token !== 'string' || map.get(token) !== run) continue;
      const other = newestOther(token, which);
      if (other) map.set(token, other);
      else map.delete(token);
    }
  }
}

function index(map: Map<string, StoredRun>, token: unknown, run: StoredRun): void {
  if (typeof token === 'string' && token) map.set(token, run);
}
